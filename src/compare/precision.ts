// How precisely a figure was printed: "1.400 tỉ" is known to the nearest tỉ, "1,4 nghìn tỉ" only to the nearest
// hundred tỉ. Two articles disagree only when their values differ by more than that rounding.
// Same rule as the background's conflict query (src/background/library/rounding.ts), so badges and lists agree.

const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/;

/** The first number as written in the text (vi: `.` thousands, `,` decimals): its value and its decimals. */
function writtenNumber(text: string): { number: number; decimals: number } | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const s = m[0];
  if (s.includes(',')) {
    const [int, frac] = s.split(',') as [string, string];
    return { decimals: frac.length, number: Number(`${int.replaceAll('.', '')}.${frac}`) };
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return { decimals: 0, number: Number(s.replaceAll('.', '')) };
  // A lone "." not grouping thousands is a decimal point written the English way ("3.4%").
  const dot = s.indexOf('.');
  return { decimals: dot < 0 ? 0 : s.length - dot - 1, number: Number(s) };
}

/** The size of one step in the last printed digit, in the figure's base units (whole units for numbers in words). */
export function printedStep(value: number, text: string | undefined): number {
  const w = text ? writtenNumber(text) : undefined;
  if (!w) return 1;
  const scale = w.number !== 0 && value !== 0 ? Math.abs(value / w.number) : 1;
  return scale * 10 ** -w.decimals;
}

/** True when two printed values cannot be the same number rounded differently (half a step apart or more). */
export function differBeyondRounding(a: { value: number; text?: string }, b: { value: number; text?: string }): boolean {
  const step = Math.max(printedStep(a.value, a.text), printedStep(b.value, b.text));
  return Math.abs(a.value - b.value) >= (step / 2) * (1 - 1e-9);
}
