// Building regular expressions from the word lists.

export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');
}

/** A non-capturing alternation of the phrases, longest first, so the longest one wins at a position. */
export function alternation(phrases: readonly string[]): string {
  return `(?:${[...phrases].sort((a, b) => b.length - a.length).map(escapeRegExp).join('|')})`;
}
