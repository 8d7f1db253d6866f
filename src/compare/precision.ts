// How precisely a figure was printed: "1.400 tỉ" is known to the nearest tỉ, "1,4 nghìn tỉ" only to the nearest
// hundred tỉ. Two articles disagree only when their values differ by more than that rounding.

/** The first number as written in the text (vi: `.` thousands, `,` decimals): its value and its decimals. */
function writtenNumber(text: string): { number: number; decimals: number } | undefined {
  const m = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:,\d+)?/.exec(text);
  if (!m) return undefined;
  const [intPart, frac = ''] = m[0].split(',');
  const number = Number(`${intPart!.replaceAll('.', '')}.${frac || '0'}`);
  return { number, decimals: frac.length };
}

/** The size of one step in the last printed digit, in the figure's base units (0 when it cannot be told). */
export function printedStep(value: number, text: string | undefined): number {
  if (!text) return 0;
  const w = writtenNumber(text);
  if (!w || w.number === 0) return 0;
  const scale = Math.abs(value / w.number);
  if (!Number.isFinite(scale) || scale === 0) return 0;
  return scale * 10 ** -w.decimals;
}

/** True when two printed values cannot be the same number rounded differently. */
export function differBeyondRounding(a: { value: number; text?: string }, b: { value: number; text?: string }): boolean {
  const tolerance = Math.max(printedStep(a.value, a.text), printedStep(b.value, b.text)) / 2;
  // A hair of relative slack absorbs floating-point noise in values computed from scaled text.
  const eps = 1e-9 * Math.max(Math.abs(a.value), Math.abs(b.value));
  return Math.abs(a.value - b.value) > tolerance + eps;
}
