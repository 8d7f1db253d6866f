import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { dayFirst, parseDateline } from '../../../src/page/dateline.ts';
import { adapterForHost, SITE_ADAPTERS } from '../../../src/page/sites/index.ts';

describe('parseDateline', () => {
  it.each([
    ['11/12/2023 - 06:47', '2023-12-11'],
    ['Cập nhật: 10:33, 31/01/2024 (GMT+7)', '2024-01-31'],
    ['Thứ Tư, ngày 10/07/2024 | 08:16', '2024-07-10'],
    ['Chủ nhật, 6/10/2024, 10:15 (GMT+7)', '2024-10-06'],
    ['2024-07-10T08:16:00+07:00', '2024-07-10'],
    ['2023-06-17', '2023-06-17'],
    ['Ngày đăng: 17-06-2023', '2023-06-17'],
    ['Hà Nội, ngày 5 tháng 3 năm 2024', '2024-03-05'],
    ['HÀ NỘI, NGÀY 5 THÁNG 3 NĂM 2024', '2024-03-05'],
    ['Cập nhật - 2024-7-1', '2024-07-01'],
    ['15/08/2023 - bản in 2024-01-02', '2024-01-02'],
  ])('reads %j as %s', (text, date) => {
    expect(parseDateline(text)).toBe(date);
  });

  it.each([['10:33'], ['31/02/2024'], ['Số 155/NQ-HĐND'], [''], ['nhiệm kỳ 2020 - 2025']])('finds no date in %j', (text) => {
    expect(parseDateline(text)).toBeUndefined();
  });
});

// The day-first pattern parseDateline read with before session 20; dayFirst reads it without a regular expression.
const DAY_FIRST = /(?:^|[^\d/.-])(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})(?!\d)/;
const byPattern = (t: string) => {
  const m = DAY_FIRST.exec(t);
  return m ? [Number(m[1]), Number(m[2]), Number(m[3])] : undefined;
};

describe('dayFirst', () => {
  it('reads what the day-first pattern reads', () => {
    const fixed = ['11/12/2023 - 06:47', '1/2/2024', '01.02.2024', '1-2-2024', '123/4/2024', '12/345/2024', '12/3/20245',
      '12/3/202', 'x12/3/2024', '/12/3/2024', '.1.2.2024', '-1-2-2024', '1/2/2024/5', 'a1/2/20241 và 3/4/2025', '11//2024',
      '1/2//2024', '1/22024', 'Số 155/NQ-HĐND', '2023-06-17', '17-06-2023 08:00', '٣/٤/٢٠٢٤', '3/4/2024x', '3/4/2024.5', ''];
    for (const t of fixed) expect(dayFirst(t), t).toEqual(byPattern(t));
    const chars = fc.constantFrom('0', '1', '2', '3', '9', '/', '.', '-', ' ', 'a', ':', '٣');
    // (Properties return a boolean: fast-check reports the shrunk counterexample, without an expect per run.)
    const same = (t: string) => JSON.stringify(dayFirst(t)) === JSON.stringify(byPattern(t));
    fc.assert(fc.property(fc.array(chars, { maxLength: 16 }), (cs) => same(cs.join(''))), { numRuns: 50_000 });
    fc.assert(fc.property(fc.string({ maxLength: 20 }), same), { numRuns: 5_000 });
  });

  it('an all-ASCII dateline is read as it is (NFC already), others normalised first', () => {
    // "tháng" written with a combining acute accent: read only once normalised.
    expect(parseDateline('ngày 5 tha\u0301ng 3 năm 2024')).toBe('2024-03-05');
    expect(parseDateline('05/03/2024 08:00')).toBe('2024-03-05');
  });
});

describe('site adapters', () => {
  it.each(SITE_ADAPTERS.map((a) => [a.id, a] as const))('%s: its dateline format is read', (_id, adapter) => {
    expect(parseDateline(adapter.dateline.example)).toBe(adapter.dateline.date);
  });

  it('match their hosts and subdomains, not look-alikes', () => {
    expect(adapterForHost('www.baodongkhoi.vn')?.id).toBe('baodongkhoi');
    expect(adapterForHost('baodongkhoi.vn.')?.id).toBe('baodongkhoi');
    expect(adapterForHost('xbaodongkhoi.vn')).toBeUndefined();
    expect(adapterForHost('example.com')).toBeUndefined();
  });
});
