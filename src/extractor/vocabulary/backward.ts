// Matching phrases that END at a position, for reading the words just before a number.

export interface BackHit {
  phrase: string;
  /** Where the phrase starts. */
  start: number;
}

const cache = new WeakMap<readonly string[], string[]>();

/** The longest phrase of `phrases` that ends right before `pos` (spaces skipped), starting at a word boundary. */
export function endsWithPhrase(lower: string, pos: number, phrases: readonly string[]): BackHit | undefined {
  let end = pos;
  while (end > 0 && lower[end - 1] === ' ') end--;
  let sorted = cache.get(phrases);
  if (!sorted) {
    sorted = [...phrases].sort((a, b) => b.length - a.length);
    cache.set(phrases, sorted);
  }
  for (const phrase of sorted) {
    const start = end - phrase.length;
    if (start < 0) continue;
    if (lower.startsWith(phrase, start) && !/[\p{L}\p{M}\d]/u.test(lower[start - 1] ?? ' ')) return { phrase, start };
  }
  return undefined;
}
