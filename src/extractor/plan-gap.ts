// "đạt 94,6%, thấp hơn chỉ tiêu 0,4 điểm phần trăm": points written straight after a plan that a comparative names are
// how far the figure stands from that plan, not the plan's own value (as points after "bình quân cả nước" are the gap
// from the country's rate).
import { PLAN_NOUNS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';

const PLAN_GAP_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(cao|thấp) hơn (?:so với )?(?:${alternation(PLAN_NOUNS)})(?: (?:năm|đề ra|giao|được giao|nghị quyết|kế hoạch))?\s*$`, 'u');
const REACH = 48;

/** The comparative's move when a points figure at `lead` is a gap from the plan just named before it. */
export function gapFromPlan(lower: string, lead: number, unitClass: string): { op: 'up' | 'down'; phrase: string; start: number; wordsBetween: number } | undefined {
  if (unitClass !== 'points') return undefined;
  const from = Math.max(0, lead - REACH);
  const m = PLAN_GAP_BEFORE.exec(lower.slice(from, lead));
  if (!m) return undefined;
  return { op: m[1] === 'thấp' ? 'down' : 'up', phrase: `${m[1]} hơn`, start: from + m.index, wordsBetween: 0 };
}
