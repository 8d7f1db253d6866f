// Tables of a class for each code unit below a limit, for scanners that read one entry per character instead of
// running a regex. Filled from the runs a global regex finds in one string holding every code unit: testing the code
// units one by one, 12,288 regex calls, took 5–10 ms of every cold start.

/**
 * Entry c of the table is the value of the last class (a regex class source, matching one code point) that matches
 * String.fromCharCode(c), else 0. `size` stays below the surrogates (0xd800), so every code unit is a code point.
 */
export function codeUnitTable(size: number, classes: ReadonlyArray<readonly [string, number]>): Uint8Array {
  if (size > 0xd800) throw new Error(`code unit table past the surrogates: ${size}`);
  const table = new Uint8Array(size);
  const units = String.fromCharCode(...Array.from({ length: size }, (_, c) => c));
  for (const [cls, value] of classes) {
    for (const run of units.matchAll(new RegExp(`${cls}+`, 'gu'))) table.fill(value, run.index, run.index + run[0].length);
  }
  return table;
}
