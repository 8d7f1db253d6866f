// "Huyện Đức Hòa và huyện Bến Lức lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD": the k-th figure after
// "lần lượt" in its clause goes with the k-th thing named before it (an indicator, a place).
import type { Candidate } from './scan-figures.ts';
import { firstAtOrAfter, positionsOf } from './sorted.ts';

const MAX_LISTED = 12;
// What stands between two figures of one list: "82,4%, 79,6% và 76,1%", "1.240 ha và 785 ha".
const LIST_GAP = /^\s*(?:,\s*(?:và\s+)?|và\s+)$/u;
// Names taken into account stand this far before "lần lượt", in its clause.
export const RESPECTIVE_REACH = 300;

export interface Respectively {
  /**
   * Where the "lần lượt" governing the figure stands, the figure's place in the list after it, and how many figures
   * that list holds (joined by "," and "và"; undefined when the figure stands past the list); undefined if none.
   */
  at(c: Candidate, clauseStart: number, clauseEnd: number): { at: number; index: number; count?: number } | undefined;
}

export function findRespectively(lower: string, candidates: readonly Candidate[]): Respectively {
  const marks = positionsOf(lower, /lần lượt/g);
  return {
    at(c, clauseStart, clauseEnd) {
      const at = marks[firstAtOrAfter(marks, c.numberStart, (x) => x) - 1];
      if (at === undefined || at < Math.max(clauseStart, c.numberStart - RESPECTIVE_REACH)) return undefined;
      const first = firstAtOrAfter(candidates, at + 1, (x) => x.numberStart);
      let found: number | undefined;
      let run = 0;
      for (let i = first, k = 0; i < candidates.length && candidates[i]!.numberStart < clauseEnd && k < MAX_LISTED; i++, k++) {
        if (run === k && (k === 0 || LIST_GAP.test(lower.slice(candidates[i - 1]!.end, candidates[i]!.numberStart)))) run++;
        if (candidates[i] === c) found = k;
        else if (found !== undefined && run <= k) break;
      }
      if (found === undefined) return undefined;
      return { at, index: found, ...(found < run && { count: run }) };
    },
  };
}
