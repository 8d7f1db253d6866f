// "tăng 60% so với cùng kỳ và 9% so với ngày thường": a figure followed by a comparison of its own is measured against
// that, even when the spec has no base for it (ordinary days, the average, another place). A "so với cùng kỳ" before it
// belongs to the figure before, so the base read from the words before the figure must not be taken.
const OWN_COMPARISON = /^[\s,]*\(?so (?:với )?/u;

/** The words right after a figure open a comparison of its own. */
export function ownComparisonAfter(after: string): boolean {
  return OWN_COMPARISON.test(after);
}
