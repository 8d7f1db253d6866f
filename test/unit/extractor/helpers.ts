// Small helpers so each extractor case states one behaviour: find the figure at a needle, then assert a field or two.
import { expect } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import type { ExtractOptions, Figure } from '../../../src/extractor/index.ts';

const show = (fs: Figure[]) => fs.map((f) => `[${f.start},${f.end}) «${f.text}» ${f.kind} ${f.value}`).join('; ') || 'none';

/** All figures of `text`, after checking that every one points into the text exactly as given. */
export function figuresIn(text: string, opts?: ExtractOptions): Figure[] {
  const { figures } = extract(text, opts);
  for (const f of figures) {
    const inRange = Number.isInteger(f.start) && Number.isInteger(f.end) && f.start >= 0 && f.start < f.end && f.end <= text.length;
    if (!inRange || text.slice(f.start, f.end) !== f.text) {
      throw new Error(`figure [${f.start},${f.end}) «${f.text}» does not match the input text «${text.slice(f.start, f.end)}»`);
    }
  }
  return figures;
}

function needleRange(text: string, needle: string): [number, number] {
  const at = text.indexOf(needle);
  if (at < 0) throw new Error(`test bug: «${needle}» is not in «${text}»`);
  return [at, at + needle.length];
}

/** The one figure whose span overlaps the first occurrence of `needle`; fails clearly when there is none or several. */
export function figureAt(text: string, needle: string, opts?: ExtractOptions): Figure {
  const [from, to] = needleRange(text, needle);
  const all = figuresIn(text, opts);
  const hits = all.filter((f) => f.start < to && from < f.end);
  if (hits.length !== 1) {
    throw new Error(`expected one figure at «${needle}» in «${text}», found ${hits.length}; all figures: ${show(all)}`);
  }
  return hits[0]!;
}

/** Asserts that no figure overlaps the first occurrence of `needle`. */
export function expectNoFigureAt(text: string, needle: string, opts?: ExtractOptions): void {
  const [from, to] = needleRange(text, needle);
  const hits = figuresIn(text, opts).filter((f) => f.start < to && from < f.end);
  expect(hits.map((f) => f.text), `no figure expected at «${needle}» in «${text}»`).toEqual([]);
}

/** Values compare like the scorer does: equal within a relative 1e-9. */
export function expectValue(actual: number | undefined, expected: number): void {
  expect(typeof actual, 'value is a number').toBe('number');
  const tolerance = 1e-9 * Math.max(1, Math.abs(expected));
  if (Math.abs((actual as number) - expected) > tolerance) expect(actual).toBe(expected);
}

/** Expected fields of one figure; a field given as undefined must be absent. */
export type Expect = Partial<Omit<Figure, 'start' | 'end'>> & { value?: number };

/** Finds the figure at `needle` and checks `value` (with tolerance) and exactly the other fields listed. */
export function expectFigure(text: string, needle: string, want: Expect, opts?: ExtractOptions): Figure {
  const f = figureAt(text, needle, opts);
  const { value, of, high, ...rest } = want;
  if (value !== undefined) expectValue(f.value, value);
  if ('of' in want) { if (of === undefined) expect(f.of).toBeUndefined(); else expectValue(f.of, of); }
  if ('high' in want) { if (high === undefined) expect(f.high).toBeUndefined(); else expectValue(f.high, high); }
  const picked = Object.fromEntries(Object.keys(rest).map((k) => [k, f[k as keyof Figure]]));
  expect(picked).toEqual(rest);
  return f;
}

/** A table row: case name (the pattern), text, needle, expected fields, options. */
export type Case = [name: string, text: string, needle: string, want: Expect, opts?: ExtractOptions];
/** A negative row: case name, text, needle where no figure may be. */
export type NoCase = [name: string, text: string, needle: string, opts?: ExtractOptions];
