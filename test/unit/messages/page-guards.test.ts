// The content script's hand-written guards must accept exactly what the contract's schemas accept: compared here on
// valid messages and on every single-field break of them.
import * as v from 'valibot';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isPageMessage, isPeriod, isPortResponse, isPortSaved } from '../../../src/messages/page-guards.ts';
import { PERIOD_FORMAT } from '../../../src/messages/period-format.ts';
import { PageMessageSchema, PortResponseSchema, PortSavedSchema } from '../../../src/messages/page-messages.ts';

const full = {
  start: 10, end: 17, text: '1.400 tỉ', kind: 'level', value: 1400, of: 1500, high: 1600, unit: 'tỉ đồng',
  indicator: 'budget_revenue', locality: 'tỉnh Bến Tre', period: '2023-H1', modality: 'estimate', direction: 'up',
  base: 'same_period', status: 'nearly', bound: 'about',
};
const minimal = { start: 0, end: 3, text: '12%', kind: 'change', value: 12 };
const good = [
  { id: 1, ok: true, version: '2.0.1', figures: [full, minimal], published: '2024-01-02', locality: 'x' },
  { id: 2, ok: true, version: '', figures: [] },
  { id: 3, ok: true, version: 'v', figures: [{ ...minimal, base: '2022', period: '2021/2025' }] },
  { id: 4, ok: false, error: 'boom' },
  { id: 5, ok: true, version: 'v', figures: [minimal], figureIds: ['f1a2b3'] },
];

// Values that break a field in some way: wrong types, out of range, too long, not in the list, missing.
const BAD_VALUES: unknown[] = [
  undefined, null, '', 'x', -1, 1.5, NaN, Infinity, -Infinity, 0, true, false, [], {}, 'a'.repeat(41), 'a'.repeat(81),
  'a'.repeat(121), 'a'.repeat(501), '2023-Q5', '23', 'previous', 'same_period', 'up', 'sideways', 'target', 'level',
];

function variants(base: Record<string, unknown>): Record<string, unknown>[] {
  const out: Record<string, unknown>[] = [];
  for (const key of Object.keys(base)) {
    for (const bad of BAD_VALUES) {
      const copy = { ...base, [key]: bad };
      if (bad === undefined) delete copy[key];
      out.push(copy);
    }
  }
  return out;
}

describe('page message guards', () => {
  it('accept the valid extraction answers the schema accepts', () => {
    for (const m of good) {
      expect(v.is(PortResponseSchema, m)).toBe(true);
      expect(isPortResponse(m)).toBe(true);
    }
  });

  it('reject malformed extraction answers exactly as the schema does', () => {
    const cases: unknown[] = [undefined, null, 1, 'x', [], {}, { id: 1 }, { ok: true }, { id: NaN, ok: false, error: 'e' }];
    for (const m of good) cases.push(...variants(m));
    for (const fig of [full, minimal]) {
      for (const broken of variants(fig)) cases.push({ id: 9, ok: true, version: '1', figures: [minimal, broken] });
    }
    cases.push({ id: 9, ok: true, version: '1', figures: {} }, { id: 9, ok: true, version: '1', figures: [null] });
    let rejected = 0;
    for (const m of cases) {
      const expected = v.is(PortResponseSchema, m);
      expect(isPortResponse(m), JSON.stringify(m)).toBe(expected);
      if (!expected) rejected++;
    }
    expect(rejected).toBeGreaterThan(500);
  });

  it('save notices: the same answers as PortSavedSchema, on valid notices and on every single-field break', () => {
    const stored = { ...full, id: 'f1', anchor: { exact: '1.400 tỉ', prefix: 'đạt ', suffix: ' đồng' }, origin: 'machine', dismissed: true, corrected: false, articleId: 'a' };
    const data = { saved: true, figureIds: ['f1'], decided: [stored], articleId: 'a', added: 1 };
    const good = [
      { notice: 'saved', url: 'https://a.vn/x', result: { ok: true, data } },
      { notice: 'saved', url: 'https://a.vn/x', result: { ok: true, data: { saved: false, figureIds: [] } } },
      { notice: 'saved', url: 'https://a.vn/x', result: { ok: false, error: 'full', code: 'quota' } },
    ];
    const cases: unknown[] = [...good, undefined, null, {}, 'saved'];
    for (const m of good) cases.push(...variants(m));
    for (const broken of variants(data)) cases.push({ ...good[0], result: { ok: true, data: broken } });
    for (const broken of variants(stored)) cases.push({ ...good[0], result: { ok: true, data: { ...data, decided: [broken] } } });
    for (const broken of variants(stored.anchor)) cases.push({ ...good[0], result: { ok: true, data: { ...data, decided: [{ ...stored, anchor: broken }] } } });
    let rejected = 0;
    for (const m of cases) {
      const expected = v.is(PortSavedSchema, m);
      expect(isPortSaved(m), JSON.stringify(m)).toBe(expected);
      if (!expected) rejected++;
    }
    for (const m of good) expect(isPortSaved(m)).toBe(true);
    expect(rejected).toBeGreaterThan(300);
  });

  it('periods and base years: the hand-written checks answer as PERIOD_FORMAT and /^\\d{4}$/ do', () => {
    const periods = ['2023', '2023-H1', '2023-H2', '2023-H3', '2023-H0', '2023-Q1', '2023-Q4', '2023-Q5', '2023-Q0', '2023-9M',
      '2023-12M', '2023-123M', '2023-M07', '2023-M7', '2023-M123', '2020/2025', '2020/25', '2020/20255', '202/2025', '2023-',
      '2023-h1', '2023-q1', '2023-9m', '2023-m07', '2023/', '2023-HH', '20231', '203', '', '2023\n', '\n2023', '٢٠٢٣', '２０２３',
      '2023-Ｑ1', '2023–Q1', ' 2023', '2023 ', '2023-AM', '2023-1M ', 'abcd', '2023-9X', '2023-X9M', '2023-MM7', '2023-1XM'];
    for (const p of periods) expect(isPeriod(p), p).toBe(PERIOD_FORMAT.test(p));
    // Strings made of the characters that matter, in the lengths that matter.
    const chars = fc.constantFrom('0', '1', '2', '4', '5', '7', '9', 'H', 'Q', 'M', '-', '/', 'm', ' ', '\n', 'x');
    fc.assert(fc.property(fc.array(chars, { maxLength: 10 }), (cs) => {
      const p = cs.join('');
      expect(isPeriod(p), JSON.stringify(p)).toBe(PERIOD_FORMAT.test(p));
      const prefixed = `2023${p}`;
      expect(isPeriod(prefixed), JSON.stringify(prefixed)).toBe(PERIOD_FORMAT.test(prefixed));
    }), { numRuns: 20_000 });
    fc.assert(fc.property(fc.string({ maxLength: 10 }), (p) => {
      expect(isPeriod(p), JSON.stringify(p)).toBe(PERIOD_FORMAT.test(p));
    }), { numRuns: 5_000 });
    // A figure's base: one of BASES or a year, exactly as the schema takes it.
    for (const base of ['2022', '202', '20222', '2022 ', 'abcd', '٢٠٢٢', 'same_period', 'target', 'Target']) {
      const m = { id: 1, ok: true, version: 'v', figures: [{ ...minimal, base }] };
      expect(isPortResponse(m), base).toBe(v.is(PortResponseSchema, m));
    }
  });

  it('tab messages: the same answers as PageMessageSchema', () => {
    const cases: unknown[] = [
      { type: 'scroll-to-figure', index: 0 }, { type: 'scroll-to-figure', index: 3 }, { type: 'next-figure' },
      { type: 'previous-figure' }, { type: 'previous-figure', extra: 1 }, { type: 'scroll-to-figure' },
      { type: 'scroll-to-figure', index: -1 }, { type: 'scroll-to-figure', index: 1.5 }, { type: 'scroll-to-figure', index: '1' },
      { type: 'scroll-to-figure', index: NaN }, { type: 'other' }, {}, null, undefined, 'next-figure', [],
      { type: 'scroll-to-figure', index: 2, id: 'f1a2b3' }, { type: 'scroll-to-figure', index: 2, id: 'x'.repeat(40) },
      { type: 'scroll-to-figure', index: 2, id: 'x'.repeat(41) }, { type: 'scroll-to-figure', index: 2, id: 7 },
      { type: 'scroll-to-figure', index: 2, id: undefined }, { type: 'scroll-to-figure', index: -1, id: 'f1' },
    ];
    for (const m of cases) expect(isPageMessage(m), JSON.stringify(m)).toBe(v.is(PageMessageSchema, m));
  });
});
