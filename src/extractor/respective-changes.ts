// "Có 842 doanh nghiệp thành lập mới với tổng vốn đăng ký 9.460 tỷ đồng, tăng lần lượt 8,2% và 23,5% so với cùng kỳ":
// changes listed after "lần lượt", right after the figures of their sentence that they move, pair with those figures in
// order: the k-th change moves the k-th of as many figures as the list holds, and measures what that figure measures.
import type { Candidate } from './scan-figures.ts';

// Between the last figure moved and the list's first change: the verb and the mark, either way round.
const MOVED_RESPECTIVELY = /^,?\s*(?:(?:tăng|giảm)\s+lần lượt|lần lượt\s+(?:tăng|giảm))(?:\s+là)?\s*$/u;
const GAP_REACH = 24;

interface Listed {
  index: number;
  count?: number;
}

/** The figure the change `candidates[i]` moves as the k-th item of such a list, or undefined. */
export function figureMovedRespectively(lower: string, candidates: readonly Candidate[], i: number, sentenceStart: number, listed: Listed | undefined): Candidate | undefined {
  if (listed?.count === undefined || listed.count < 2) return undefined;
  const first = i - listed.index;
  const from = first - listed.count;
  if (from < 0 || candidates[from]!.start < sentenceStart) return undefined;
  for (let k = from; k < first; k++) if (candidates[k]!.unit.class === 'percent') return undefined;
  const gapStart = candidates[first - 1]!.end;
  const gapEnd = candidates[first]!.numberStart;
  if (gapEnd - gapStart > GAP_REACH || !MOVED_RESPECTIVELY.test(lower.slice(gapStart, gapEnd))) return undefined;
  return candidates[from + listed.index];
}
