import { describe, expect, it } from 'vitest';
import { formatDate, formatNumber, formatPercent, formatPeriod, formatValue } from '../../../src/shared/format-vi.ts';
import { langFromUiLanguage, initialLang } from '../../../src/shared/i18n.ts';
import { indicatorName } from '../../../src/shared/i18n-indicators.ts';

describe('vi-VN numbers and values', () => {
  it('writes money the way Vietnamese news does', () => {
    expect(formatValue({ value: 1_400_000_000_000, unit: 'VND' })).toBe('1.400 tỉ đồng');
    expect(formatValue({ value: 640_706_000_000, unit: 'VND' })).toBe('640,71 tỉ đồng');
    expect(formatValue({ value: 3_437_000, unit: 'VND' })).toBe('3,44 triệu đồng');
    expect(formatValue({ value: 1.26e15, unit: 'VND' })).toBe('1,26 triệu tỉ đồng');
    expect(formatValue({ value: 25_000_000_000_000, unit: 'VND' })).toBe('25 nghìn tỉ đồng');
    expect(formatValue({ value: 150_000_000, unit: 'USD' })).toBe('150 triệu USD');
  });
  it('has English variants', () => {
    expect(formatValue({ value: 1_400_000_000_000, unit: 'VND' }, 'en')).toBe('1.4 trillion VND');
    expect(formatValue({ value: 0.69, unit: '%' }, 'en')).toBe('0.69%');
    expect(formatNumber(1400.5, 'en')).toBe('1,400.5');
  });
  it('writes percentages, ratios, ranges and counts', () => {
    expect(formatValue({ value: 0.69, unit: '%' })).toBe('0,69%');
    expect(formatPercent(30.43)).toBe('30,43%');
    expect(formatValue({ kind: 'ratio', value: 34, of: 43, unit: 'chỉ tiêu' })).toBe('34/43 chỉ tiêu');
    expect(formatValue({ value: 8, high: 9, unit: '%' })).toBe('8–9%');
    expect(formatValue({ value: 390000, unit: 'tấn' })).toBe('390.000 tấn');
    expect(formatValue({ value: 0.5, unit: 'điểm %' })).toBe('0,5 điểm %');
  });
});

describe('periods and dates', () => {
  it.each([
    ['2023', 'năm 2023', '2023'],
    ['2023-H1', '6 tháng đầu năm 2023', 'first half of 2023'],
    ['2023-H2', '6 tháng cuối năm 2023', 'second half of 2023'],
    ['2023-Q1', 'quý I/2023', 'Q1 2023'],
    ['2023-Q4', 'quý IV/2023', 'Q4 2023'],
    ['2023-9M', '9 tháng năm 2023', 'first 9 months of 2023'],
    ['2023-M07', 'tháng 7/2023', 'July 2023'],
    ['2020/2025', 'giai đoạn 2020–2025', '2020–2025'],
  ])('%s', (period, vi, en) => {
    expect(formatPeriod(period, 'vi')).toBe(vi);
    expect(formatPeriod(period, 'en')).toBe(en);
  });
  it('says so when the period is unknown', () => {
    expect(formatPeriod(undefined)).toBe('không rõ kỳ');
  });
  it('formats publication dates', () => {
    expect(formatDate('2023-07-05')).toBe('5/7/2023');
    expect(formatDate('2023-07-05', 'en')).toBe('5 Jul 2023');
  });
});

describe('language choice', () => {
  it('defaults to Vietnamese, English for English browsers, and the saved choice wins', () => {
    expect(langFromUiLanguage('vi')).toBe('vi');
    expect(langFromUiLanguage('en-US')).toBe('en');
    expect(langFromUiLanguage('fr')).toBe('vi');
    expect(initialLang('en-US', { getItem: () => 'vi' })).toBe('vi');
    expect(initialLang('vi', { getItem: () => null })).toBe('vi');
  });
  it('names indicators in Vietnamese', () => {
    expect(indicatorName('budget_revenue', 'vi')).toBe('Thu ngân sách');
    expect(indicatorName('poverty_rate', 'en')).toBe('Poverty rate');
    expect(indicatorName('some_new_id', 'vi')).toBe('some new id');
  });
});
