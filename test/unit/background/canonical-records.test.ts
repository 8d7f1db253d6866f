// The exporter builds records in canonical key order instead of passing an allow-list replacer to JSON.stringify;
// on any record the stores can hold, the bytes must be the ones the replacer gave.
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EXPORT_KEYS } from '../../../src/background/library/export-json.ts';
import {
  canonicalArticle, canonicalCorrection, canonicalFigure, canonicalSetting,
} from '../../../src/background/library/canonical-records.ts';

// Lone surrogates, escapes, quotes, control characters and Vietnamese all come out of these.
const text = fc.oneof(fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }), fc.constantFrom('', '"\\\n\t\u2028', 'tỉ đồng', '\ud800x\udfff'));
const num = fc.oneof(fc.double(), fc.integer(), fc.constantFrom(-0, 1e21, 5e-324, Number.MAX_SAFE_INTEGER));
// Optional fields: absent, present but undefined, or set.
const opt = <T,>(a: fc.Arbitrary<T>) => fc.option(a, { nil: undefined });
const figureFields = {
  start: num, end: num, text, kind: fc.constantFrom('level', 'change', 'attainment', 'ratio'), value: num,
  of: opt(num), high: opt(num), unit: opt(text), indicator: opt(text), locality: opt(text), period: opt(text),
  modality: opt(fc.constantFrom('actual', 'estimate', 'target')), direction: opt(fc.constantFrom('up', 'down')),
  base: opt(fc.constantFrom('same_period', 'previous_period', 'target', '2022')), status: opt(text), bound: opt(text),
};
const record = <T extends Record<string, fc.Arbitrary<unknown>>>(fields: T, required: (keyof T)[]) =>
  fc.record(fields, { requiredKeys: required as never[] });
const figure = record({
  ...figureFields, id: text, articleId: text, seriesKey: text, extractorVersion: text,
  anchor: fc.record({ exact: text, prefix: text, suffix: text }), origin: fc.constantFrom('machine', 'manual'),
  corrected: opt(fc.constant(true)), dismissed: opt(fc.constant(true)),
}, ['start', 'end', 'text', 'kind', 'value', 'id', 'articleId', 'seriesKey', 'extractorVersion', 'anchor', 'origin']);
const article = record({
  id: text, url: text, canonicalUrl: opt(text), headline: opt(text), site: text, published: opt(text),
  locality: opt(text), firstSeen: num, lastSeen: num, extractorVersion: text,
}, ['id', 'url', 'site', 'firstSeen', 'lastSeen', 'extractorVersion']);
const correction = record({
  figureId: text, articleId: text, changes: fc.record(figureFields, { requiredKeys: [] }), dismissed: opt(fc.boolean()), updatedAt: num,
}, ['figureId', 'articleId', 'changes', 'updatedAt']);
const setting = fc.record({ site: text, saving: fc.boolean(), updatedAt: num });

const replacer = (r: unknown) => JSON.stringify(r, EXPORT_KEYS);
// Records as IndexedDB hands them back: a structured clone (own data properties, insertion order as stored).
const same = <T,>(arb: fc.Arbitrary<T>, canonical: (r: T) => object) => fc.assert(
  fc.property(arb, (r) => { const stored = structuredClone(r); expect(JSON.stringify(canonical(stored))).toBe(replacer(stored)); }),
  { numRuns: 2000 },
);

describe('canonical records give the bytes of the allow-list replacer', () => {
  it('figures', () => same(figure as fc.Arbitrary<never>, canonicalFigure));
  it('articles', () => same(article as fc.Arbitrary<never>, canonicalArticle));
  it('corrections', () => same(correction as fc.Arbitrary<never>, canonicalCorrection));
  it('site settings', () => same(setting, canonicalSetting));

  it('write keys in sorted order, at every depth', () => {
    const keys = (json: string) => [...json.matchAll(/"(\w+)":/g)].map((m) => m[1]);
    const f = JSON.stringify(canonicalFigure({
      start: 1, end: 2, text: 't', kind: 'ratio', value: 3, of: 4, high: 5, unit: '%', indicator: 'i', locality: 'l', period: '2023',
      modality: 'actual', direction: 'up', base: '2022', status: 'pending', bound: 'about', id: 'f1', articleId: 'a', seriesKey: 'i|l',
      anchor: { exact: 't', prefix: 'p', suffix: 's' }, extractorVersion: '1', origin: 'machine', corrected: true, dismissed: true,
    }));
    expect(keys(f)).toHaveLength(27); // 24 fields, 3 of them in the anchor
    const top = keys(f).filter((k) => !['exact', 'prefix', 'suffix'].includes(k!));
    expect(top).toEqual([...top].sort());
    expect(keys(f).slice(1, 4)).toEqual(['exact', 'prefix', 'suffix']);
  });
});
