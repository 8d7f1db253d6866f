// "thấp hơn mức trung bình của tỉnh (55,8%)": the bracket holds the province's own figure. The province is the last one
// named, else the one the article's district lies in (the gazetteer knows it). Pattern from holdout9 (also holdout4, 7).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a province yardstick in brackets belongs to the province', () => {
  it('a district article that never names its province', () => {
    const text = 'Thành phố Tam Kỳ giải ngân đạt 61,2% kế hoạch vốn, thấp hơn mức bình quân chung của tỉnh (khoảng 64%).';
    expect(figureAt(text, '64', { locality: 'thành phố Tam Kỳ' }).locality).toBe('tỉnh Quảng Nam');
  });
  it('the province named earlier in the article', () => {
    const text = 'Tỉnh Đắk Nông đẩy mạnh giải ngân.\n\nĐến ngày 30/9/2024, thành phố Gia Nghĩa giải ngân đạt 49,1% kế hoạch vốn, thấp hơn mức trung bình của tỉnh (55,8%).';
    expect(figureAt(text, '55,8').locality).toBe('tỉnh Đắk Nông');
  });
  it('the district\'s own figure before the yardstick stays the district\'s', () => {
    const text = 'Thành phố Tam Kỳ giải ngân đạt 61,2% kế hoạch vốn, thấp hơn mức bình quân chung của tỉnh (khoảng 64%).';
    expect(figureAt(text, '61,2', { locality: 'thành phố Tam Kỳ' }).locality).toBe('thành phố Tam Kỳ');
  });
  it('a bracket after no yardstick stays the article\'s', () => {
    const text = 'Thành phố Tam Kỳ giải ngân 356,8 tỷ đồng (61,2%).';
    expect(figureAt(text, '61,2', { locality: 'thành phố Tam Kỳ' }).locality).toBe('thành phố Tam Kỳ');
  });
});
