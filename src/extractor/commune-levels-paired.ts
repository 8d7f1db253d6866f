// "các sở, ngành và 78 xã, phường phấn đấu …", "các phường, xã tiếp tục …", "xã/phường": a level word joined to another
// level word names the class of units, as a list, not the one commune the page spoke of before; it refers to no commune.
// Read in a short window before the level word.
const PAIRED_BEFORE = /(?<![\p{L}\p{M}])(?:xã|phường|thị trấn|đặc khu)\s*(?:,|\/|và|hoặc)\s*$/u;
const REACH = 16;

/** The level word at `at` (lower-cased text) follows another level word it is listed with. */
export function isPairedLevelWord(lower: string, at: number): boolean {
  return PAIRED_BEFORE.test(lower.slice(Math.max(0, at - REACH), at));
}
