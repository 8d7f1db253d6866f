// "Các huyện Lục Ngạn, Yên Thế, Sơn Động có tỷ lệ kết nạp cao so với kế hoạch giao, lần lượt đạt 118,4%, 112,6% và
// 110,3%", "Thu ngân sách của các huyện A Lưới, Phong Điền so với dự toán lần lượt đạt 104,2% và 98,6%": a plan named
// with "so với" right before "lần lượt" measures every share of the list after it: each is an attainment of that plan,
// as "đạt 118,4% kế hoạch" would be.
import { PLAN_NOUNS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import { RESPECTIVELY } from './respectively.ts';

// The plan and who set it ("kế hoạch giao", "dự toán tỉnh giao", "chỉ tiêu được giao", "kế hoạch đề ra"), then "lần lượt".
const PLAN_BEFORE = new RegExp(`so (?:với )?${alternation(PLAN_NOUNS)}(?: (?:được )?(?:[\\p{L}\\p{M}]+ )?(?:giao|đề ra))?,? $`, 'u');
// The verb of the list right after "lần lượt": the shares are what was reached.
const REACHED = /^ (?:đạt|là|bằng) /u;
const REACH = 60;
const MARK = RESPECTIVELY[0]!;

// "Thị xã Quảng Yên và huyện Vân Đồn chưa đạt dự toán do số thu tiền sử dụng đất thấp, lần lượt chỉ bằng 71,2% và
// 78,5%": places given a verdict on a plan earlier in the sentence, then "lần lượt (chỉ/mới) đạt/bằng": each share is
// of that plan (respective-share-after-plan-verdict). Not "là", which restates a rate.
const VERDICT_BEFORE = new RegExp(`(?<![\\p{L}\\p{M}])(?:(?:không|chưa) đạt|đạt(?: và vượt)?|vượt|hoàn thành) ${alternation(PLAN_NOUNS)}(?!\\p{L})(?!\\p{M})`, 'u');
const REACHED_AFTER_VERDICT = /^ (?:chỉ |mới )?(?:đạt|bằng) /u;
const VERDICT_REACH = 160;
const SENTENCE_END = /[.!?\n]\s/gu;

/** The "lần lượt" at `at` follows a plan named with "so với", or a verdict on a plan in its sentence, and its list
 *  reaches shares of it. */
export function isRespectivePlanShare(lower: string, at: number): boolean {
  const after = lower.slice(at + MARK.length, at + MARK.length + 12);
  if (REACHED.test(after) && PLAN_BEFORE.test(lower.slice(Math.max(0, at - REACH), at))) return true;
  if (!REACHED_AFTER_VERDICT.test(after)) return false;
  const window = lower.slice(Math.max(0, at - VERDICT_REACH), at);
  let from = 0;
  for (const m of window.matchAll(SENTENCE_END)) from = m.index + m[0].length;
  return VERDICT_BEFORE.test(from ? window.slice(from) : window);
}
