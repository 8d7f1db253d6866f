// Candidates with every field, in one order: the per-figure readers look at thousands of them, and objects of one
// shape keep those reads monomorphic.
import type { Candidate } from './scan-figures.ts';

export function candidate(c: Candidate): Candidate {
  return {
    start: c.start, end: c.end, numberStart: c.numberStart, value: c.value, of: c.of, high: c.high, unit: c.unit,
    decimals: c.decimals, sign: c.sign, afterPlanSlash: c.afterPlanSlash, beforePlanSlash: c.beforePlanSlash,
  };
}
