// "bằng 104,6% so với tổng thu của ba tỉnh (cũ) năm 2024": after a merger, the base is what the former units had, named
// by a longer phrase than "so với mùa khô năm 2020" (periods.ts); its year is the base's, it dates no figure.

const REACH = 64;
// "so với" then up to eight words, "của" among them, and the former units' mark "(cũ)" or "cũ" allowed, up to the year.
const OF_FORMER_UNITS = /(?<![\p{L}\p{M}])so (?:với )?(?:(?:[\p{L}\p{M}]+|\(cũ\)) ){2,8}$/u;

/** The year at `start` closes a "so với … của …" base. */
export function isBaseOfFormerUnits(lower: string, start: number): boolean {
  const window = lower.slice(Math.max(0, start - REACH), start);
  const compared = window.lastIndexOf('so ');
  if (compared < 0 || !window.includes(' của ', compared)) return false;
  return OF_FORMER_UNITS.test(window);
}
