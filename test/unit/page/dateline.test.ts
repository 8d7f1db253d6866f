import { describe, expect, it } from 'vitest';
import { parseDateline } from '../../../src/page/dateline.ts';
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
