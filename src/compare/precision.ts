// Used by the background's conflict query and by the popup and library page, so badges and lists agree.
// Two printed figures only conflict when they differ by more than their printing can explain:
// "1,4%" and "1,40%" agree; "1.400 tỉ" and "1.400,5 tỉ" do not. The precision comes from the printed `text`
// (Vietnamese: "." groups thousands, "," marks decimals), scaled to base units by value / printed number.

import { readDottedPair, readLiteral, toNumber } from '../extractor/number-literal.ts';

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
  // Read the way the extractor read it, so "3.4%" (an English decimal point) keeps its one decimal.
  const r = readLiteral(m[0]);
  const reading = !r.ok && r.reason === 'dotted-pair' ? readDottedPair(m[0]) : r;
  return reading.ok ? { decimals: reading.decimals, number: toNumber(reading.value) } : undefined;
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
