// "Huyện Đức Hòa và huyện Bến Lức lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD": the k-th figure after
// "lần lượt" in its clause goes with the k-th thing named before it (an indicator, a place).
import type { Candidate } from './scan-figures.ts';
import { firstAtOrAfter } from './sorted.ts';
import { phraseOffsets } from './vocabulary/rare-anchor.ts';

const MAX_LISTED = 12;
// What stands between two figures of one list: "82,4%, 79,6% và 76,1%", "1.240 ha và 785 ha".
// ("11,36%/năm, 10,83%/năm": a per-year mark the figure's span leaves out.)
const LIST_GAP = /^(?:\/năm)?\s*(?:,\s*(?:và\s+)?|và\s+)$/u;
// "lần lượt là 11,36%/năm; 10,83%/năm và 10,62%/năm": some papers set the items off with semicolons.
const SEMICOLON_GAP = /^(?:\/năm)?\s*;\s*(?:và\s+)?$/u;
// Names taken into account stand this far before "lần lượt", in its clause.
export const RESPECTIVE_REACH = 300;
/** The word that opens such a list. */
export const RESPECTIVELY = ['lần lượt'];

export interface Respectively {
  /**
   * Where the "lần lượt" governing the figure stands, the figure's place in the list after it, and how many figures
   * that list holds (joined by "," and "và"; undefined when the figure stands past the list); undefined if none.
   */
  at(c: Candidate, clauseStart: number, clauseEnd: number): { at: number; index: number; count?: number; clauseStart?: number } | undefined;
}

export function findRespectively(lower: string, candidates: readonly Candidate[]): Respectively {
  // Searched from its rarest letter ("lần lượt" cannot overlap itself, so these are the regex's matches).
  const marks = phraseOffsets(lower, RESPECTIVELY);
  return {
    at(c, clauseStart, clauseEnd) {
      const at = marks[firstAtOrAfter(marks, c.numberStart, (x) => x) - 1];
      if (at === undefined || at < c.numberStart - RESPECTIVE_REACH) return undefined;
      // A list whose items are set off by semicolons runs on past its first clause: the figure must be one of its run.
      const crossing = at < clauseStart;
      if (crossing && !sameSentenceList(lower, at, c.numberStart)) return undefined;
      const first = firstAtOrAfter(candidates, at + 1, (x) => x.numberStart);
      let found: number | undefined;
      let run = 0;
      for (let i = first, k = 0; i < candidates.length && candidates[i]!.numberStart < clauseEnd && k < MAX_LISTED; i++, k++) {
        const gap = k === 0 ? '' : lower.slice(candidates[i - 1]!.end, candidates[i]!.numberStart);
        // ("… với 19/19 và 18/19 tiêu chí; 5/5 phường đạt chuẩn …": past a semicolon, a figure counting something else
        // opens a clause of its own.)
        if (run === k && (k === 0 || LIST_GAP.test(gap) || (SEMICOLON_GAP.test(gap) && sameUnit(candidates[i - 1]!, candidates[i]!)))) run++;
        if (candidates[i] === c) found = k;
        else if (found !== undefined && run <= k) break;
      }
      if (found === undefined || (crossing && found >= run)) return undefined;
      return { at, index: found, ...(found < run && { count: run }), ...(crossing && { clauseStart: clauseOf(lower, at) }) };
    },
  };
}

// ("1,2 triệu lượt khách; 850.000 lượt": a noun shortened on the later item is still the same one.)
const sameUnit = (a: Candidate, b: Candidate) => a.unit.unit.startsWith(b.unit.unit) || b.unit.unit.startsWith(a.unit.unit);

/** Where the clause holding `at` starts (after a semicolon, a line break or a sentence's full stop), within reach. */
function clauseOf(lower: string, at: number): number {
  const from = Math.max(0, at - RESPECTIVE_REACH);
  const before = lower.slice(from, at);
  return from + Math.max(before.lastIndexOf(';'), before.lastIndexOf('\n'), before.lastIndexOf('. ')) + 1;
}

/** From the mark to the figure only semicolons break the text: no line break, no full stop. */
function sameSentenceList(lower: string, at: number, to: number): boolean {
  for (let i = at; i < to; i++) {
    const ch = lower[i];
    if (ch === '\n' || ((ch === '.' || ch === '!' || ch === '?') && lower[i + 1] === ' ')) return false;
  }
  return true;
}
