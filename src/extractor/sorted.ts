// Binary searches over arrays sorted by position: context lookups stay logarithmic however long the text is.

/** Index of the first item whose key is >= pos. */
export function firstAtOrAfter<T>(items: readonly T[], pos: number, key: (t: T) => number): number {
  let lo = 0;
  let hi = items.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (key(items[mid]!) < pos) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** Sorted start offsets of every match of `re` (global) in `text`. */
export function positionsOf(text: string, re: RegExp): number[] {
  const out: number[] = [];
  for (const m of text.matchAll(re)) out.push(m.index);
  return out;
}

/**
 * The start offsets of `matches`, pushed one by one. Not `matches.map((m) => m.index)`: V8's `map` gives a packed
 * array until its caller is optimised and a holey one after, and the binary searches above, optimised on the first
 * kind, are thrown away (deoptimised and compiled again) when the second one reaches them.
 */
export function matchStarts(matches: readonly RegExpExecArray[]): number[] {
  const out: number[] = [];
  for (const m of matches) out.push(m.index);
  return out;
}

/** Whether a sorted list of positions has one in [from, to). */
export function hasBetween(sorted: readonly number[], from: number, to: number): boolean {
  const i = firstAtOrAfter(sorted, from, (x) => x);
  return i < sorted.length && sorted[i]! < to;
}
