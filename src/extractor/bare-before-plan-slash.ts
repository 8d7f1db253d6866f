// "số doanh nghiệp thành lập mới (1.870/KH 2.200 doanh nghiệp)": a plan-slash pair whose counted noun or unit follows
// only the plan's number. The bare number before the slash is the result, counted in the plan's unit.
import type { Candidate } from './scan-figures.ts';
import { quantityValue, readQuantity } from './quantity.ts';

const PLAN_NUMBER_AFTER = /^\/ ?(?:kh|kế hoạch) (\d[\d.,]*)/u;
const REACH = 24;
const UNIT_REACH = 32;

/** The result before "/KH <number> <unit>" at `pos` (its digits end at `end`), counted in the plan's unit; else undefined. */
export function bareBeforePlanSlash(lower: string, pos: number, end: number): Candidate | undefined {
  const plan = PLAN_NUMBER_AFTER.exec(lower.slice(end, end + REACH));
  if (!plan) return undefined;
  const planEnd = end + plan[0].length;
  const digits = lower.slice(pos, end);
  const phrase = digits + lower.slice(planEnd, planEnd + UNIT_REACH);
  const q = readQuantity(phrase, 0);
  if (!q?.unit || q.end <= digits.length) return undefined;
  const own = readQuantity(digits, 0);
  if (!own || own.end !== digits.length) return undefined;
  return { start: pos, end, numberStart: pos, value: quantityValue({ ...q, value: own.value }), unit: q.unit, decimals: own.decimals };
}
