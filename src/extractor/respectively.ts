// "Huyện Đức Hòa và huyện Bến Lức lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD": the k-th figure after
// "lần lượt" in its clause goes with the k-th thing named before it (an indicator, a place).
import type { Candidate } from './scan-figures.ts';
import { firstAtOrAfter, positionsOf } from './sorted.ts';

const MAX_LISTED = 12;
// Names taken into account stand this far before "lần lượt", in its clause.
export const RESPECTIVE_REACH = 300;

export interface Respectively {
  /** Where the "lần lượt" governing the figure stands, and the figure's place in the list after it; undefined if none. */
  at(c: Candidate, clauseStart: number, clauseEnd: number): { at: number; index: number } | undefined;
}

export function findRespectively(lower: string, candidates: readonly Candidate[]): Respectively {
  const marks = positionsOf(lower, /lần lượt/g);
  return {
    at(c, clauseStart, clauseEnd) {
      const at = marks[firstAtOrAfter(marks, c.numberStart, (x) => x) - 1];
      if (at === undefined || at < Math.max(clauseStart, c.numberStart - RESPECTIVE_REACH)) return undefined;
      const first = firstAtOrAfter(candidates, at + 1, (x) => x.numberStart);
      for (let i = first, k = 0; i < candidates.length && candidates[i]!.numberStart < clauseEnd && k < MAX_LISTED; i++, k++) {
        if (candidates[i] === c) return { at, index: k };
      }
      return undefined;
    },
  };
}
