// "còn thiếu khoảng 1.850 tỷ đồng so với dự toán", "chỉ đạt 67% dự toán, còn thiếu 3,4 tỷ đồng", "chỉ đạt 41,7% dự toán,
// hụt 214 tỷ đồng": what a result still lacks to reach its plan is how far it falls below it, a change down. The words
// alone say only that something is short ("còn thiếu 1.230 giáo viên so với định mức" counts a shortage), so they move
// the number only when the plan is named right after it or closes the clause just before the verb.
import { PLAN_NOUNS } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';

/** Verbs of a shortfall, read as a move down only against a plan (see shortfallAgainstPlan). */
export const SHORTFALL_VERBS = ['thiếu', 'còn thiếu', 'hụt', 'hụt thu'];

const PLAN = alternation(PLAN_NOUNS);
// The number (after a bound word or two), its scale and unit (at most four words), then "so với" and a plan.
const PLAN_AFTER = new RegExp(String.raw`^(?:[\p{L}\p{M}]+ ){0,2}[\d.,]+(?: [\p{L}\p{M}%/]+){0,4} so (?:với )?${PLAN}(?!\p{L})(?!\p{M})`, 'u');
// A plan (with its year or who set it) closing the clause right before the verb: "chỉ đạt 67% dự toán, ".
const PLAN_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])${PLAN}(?: (?:năm|giao|được giao|đề ra))?\s*,\s*(?:còn\s+)?$`, 'u');
const AFTER_REACH = 64;
const BEFORE_REACH = 40;

/** Whether the shortfall verb at `verbAt` before the number at `numberAt` measures the number against a plan. */
export function shortfallAgainstPlan(lower: string, verbAt: number, numberAt: number): boolean {
  // "thiếu hụt 1.200 giáo viên" names a shortage, whatever follows.
  if (lower.slice(Math.max(0, verbAt - 6), verbAt) === 'thiếu ') return false;
  if (PLAN_AFTER.test(lower.slice(numberAt, numberAt + AFTER_REACH))) return true;
  return PLAN_BEFORE.test(lower.slice(Math.max(0, verbAt - BEFORE_REACH), verbAt));
}
