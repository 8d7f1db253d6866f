// "(năm 2017 Thủ tướng giao 82,2%)", "tỉnh giao huyện thu ngân sách 1.100 tỷ đồng", "(tỉnh giao 750 tỷ đồng)": what a
// higher level hands down is a target, whatever estimate or result its sentence reports around it.
import { PLAN_NOUNS } from './vocabulary/cues.ts';

const ASSIGNERS = ['tỉnh', 'huyện', 'thành phố', 'thị xã', 'thủ tướng', 'thủ tướng chính phủ', 'chính phủ', 'trung ương', 'cấp trên',
  'quốc hội', 'đảng, quốc hội', 'ubnd tỉnh', 'ubnd huyện', 'hđnd tỉnh', 'hđnd huyện', 'được'];
// The assigner and "giao", then at most a few words naming who must do what ("huyện thu ngân sách"), up to the number.
// Not land or goods handed over to someone ("tỉnh giao đất cho 120 hộ"): no "cho" between. A year may name the plan's
// ("giao tỷ lệ bao phủ năm 2020 là trên 80%").
const ASSIGNED_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${ASSIGNERS.join('|')}) giao(?!\\p{L})(?!\\p{M})(?:(?! cho )(?:năm (?:19|20)\\d\\d|[^,;()\\d%])){0,64}? (?:là |đạt |khoảng |trên |dưới |từ |ít nhất |tối thiểu )?$`, 'u');
const PLAN_NAMED_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:${PLAN_NOUNS.join('|')})(?!\\p{L})(?!\\p{M})[^,;()\\d%]*$`, 'u');
const JOINED_AFTER = /(?<![\p{L}\p{M}])(?:và|tăng|giảm|bằng|so với|vượt)(?!\p{L})(?!\p{M})/u;
const HANDED_OVER = /^ (?:đất|nhà|mặt bằng|quà|hồ sơ|xe|tàu|rừng)(?!\p{L})(?!\p{M})/u;

/** Whether the figure at `numberStart` is what an authority named before it in its clause (or bracket) assigned. */
export function isAssignedTarget(lower: string, clauseStart: number, numberStart: number): boolean {
  // (Read in a window: a search back through the text for each figure would grow with the square of its length.)
  let from = Math.max(clauseStart, numberStart - 90);
  let window = lower.slice(from, numberStart);
  const open = window.lastIndexOf('(');
  if (open >= 0 && !window.includes(')', open)) {
    from += open + 1;
    window = window.slice(open + 1);
  }
  if (!window.includes('giao')) return false;
  const m = ASSIGNED_BEFORE.exec(window);
  // "bằng 56,3% dự toán tỉnh giao và 51,2% …", "vượt chỉ tiêu Nghị quyết HĐND tỉnh giao (giảm 1%)": "giao" closing a
  // plan's name says whose plan a share is measured against; the figure after it is no assignment.
  if (!m || PLAN_NAMED_BEFORE.test(window.slice(Math.max(0, m.index - 40), m.index)) || JOINED_AFTER.test(window.slice(m.index))) return false;
  const after = window.indexOf(' giao', m.index) + 5;
  return !HANDED_OVER.test(window.slice(after));
}
