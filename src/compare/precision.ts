// Used by the background's conflict query and by the popup and library page, so badges and lists agree.
// Two printed figures only conflict when they differ by more than their printing can explain:
// "1,4%" and "1,40%" agree; "1.400 tỉ" and "1.400,5 tỉ" do not. The precision comes from the printed `text`
// (Vietnamese: "." groups thousands, "," marks decimals), scaled to base units by value / printed number.

export interface Printed {
  text?: string;
  value: number;
  of?: number;
  high?: number;
}

const NUMBER = /\d{1,3}(?:\.\d{3})+(?:,\d+)?|\d+(?:[.,]\d+)?/;

/** Decimals printed and the number as printed (without scale words), for the first number in `text`. */
export function printedNumber(text: string): { decimals: number; number: number } | undefined {
  const m = NUMBER.exec(text);
  if (!m) return undefined;
  const s = m[0];
  if (s.includes(',')) {
    const [int, frac] = s.split(',') as [string, string];
    return { decimals: frac.length, number: Number(`${int.replace(/\./g, '')}.${frac}`) };
  }
  if (/^\d{1,3}(?:\.\d{3})+$/.test(s)) return { decimals: 0, number: Number(s.replace(/\./g, '')) };
  // A lone "." not grouping thousands is a decimal point written the English way ("3.4%").
  const dot = s.indexOf('.');
  return { decimals: dot < 0 ? 0 : s.length - dot - 1, number: Number(s) };
}

/** The smallest step the printed text can express, in base units (1.400 tỉ đồng → 1e9; 0,69% → 0.01). */
export function printedStep(f: Printed): number {
  const p = f.text === undefined ? undefined : printedNumber(f.text);
  if (!p) return 1; // numbers in words: whole units
  const scale = p.number !== 0 && f.value !== 0 ? Math.abs(f.value / p.number) : 1;
  return 10 ** -p.decimals * scale;
}

function apart(a: number, b: number, step: number): boolean {
  // Equal to half a step counts as different: 1.400,5 cannot be a rounding of 1.400 (it rounds to 1.401).
  return Math.abs(a - b) >= (step / 2) * (1 - 1e-9);
}

/** True when the two figures cannot both be roundings of the same number (value, and `of`/`high` when both have them). */
export function differsBeyondRounding(a: Printed, b: Printed): boolean {
  const step = Math.max(printedStep(a), printedStep(b));
  if (apart(a.value, b.value, step)) return true;
  if (a.of !== undefined && b.of !== undefined && apart(a.of, b.of, Math.max(step, 1))) return true;
  if (a.high !== undefined && b.high !== undefined && apart(a.high, b.high, step)) return true;
  return false;
}
