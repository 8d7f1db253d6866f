// Composite indices are often printed without a unit: "chỉ số DTI năm 2024 đạt 0,7955", "giá trị DTI cấp tỉnh là
// 0,6783", "PCI đạt 65,12". The value is the index's score (unit "điểm", as "đạt 0,6077 điểm" prints it). Only a
// decimal right after a verb, in a clause that names an index before it: a bare integer there may be a rank or a year.
import { quantityValue, readQuantity } from './quantity.ts';
import type { Candidate } from './scan-figures.ts';
import { INDEX_NAMES } from './vocabulary/cues.ts';
import { alternation } from './vocabulary/regexp.ts';
import { indexOfPhrase } from './vocabulary/rare-anchor.ts';
import { letterBefore } from './vocabulary/word-boundary.ts';

// (The start of the verb is checked by hand: a leading lookbehind would have the whole text tried at every position.)
const VALUE_AFTER_VERB = /(?:đạt|là|ở mức|với)\s+(\d{1,3},\d{1,4})(?![\d.,]*\d)/gu;
const INDEX_BEFORE = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${alternation(INDEX_NAMES)})(?!\p{L})(?!\p{M})(?:[^.;!?\n]|\.(?=\d)){0,80}$`, 'u');
const SCORE = { unit: 'điểm', class: 'score' } as const;
const REACH = 120;

/** Unitless decimal values of named indices, as candidates in text order. */
export function findIndexValues(lower: string): Candidate[] {
  // Plain word test first (from each name's rare letter): almost no text names an index.
  if (!INDEX_NAMES.some((name) => indexOfPhrase(lower, name) >= 0)) return [];
  const out: Candidate[] = [];
  for (const m of lower.matchAll(VALUE_AFTER_VERB)) {
    if (letterBefore(lower, m.index)) continue;
    const pos = m.index + m[0].length - m[1]!.length;
    const q = readQuantity(lower, pos);
    // A number with a unit of its own ("đạt 87,52%", "0,6077 điểm") is the scanner's.
    if (!q || q.unit || q.counter) continue;
    if (!INDEX_BEFORE.test(lower.slice(Math.max(0, pos - REACH), m.index))) continue;
    out.push({ start: pos, end: q.numberEnd, numberStart: pos, value: quantityValue(q), unit: SCORE, decimals: q.decimals });
  }
  return out;
}

/** `found` merged into the sorted `candidates`, dropping any that overlap one already there. */
export function withIndexValues(candidates: Candidate[], found: Candidate[]): Candidate[] {
  if (!found.length) return candidates;
  const taken = found.filter((f) => !candidates.some((c) => c.start < f.end && f.start < c.end));
  return [...candidates, ...taken].sort((a, b) => a.start - b.start);
}
