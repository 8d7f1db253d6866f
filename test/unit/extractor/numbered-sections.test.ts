// A statistics office's release runs in numbered sections ("1.1. Chi ngân sách nhà nước", "1.2. Hoạt động tín dụng
// ngân hàng"): a new section is a new subject, so the budget named in the section before is not what deposits and
// loans after the heading measure. Found by reading real releases (the pattern, not their sentences).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const release = '1.1. Chi ngân sách nhà nước: Tổng chi ngân sách nhà nước là 6.120 tỷ đồng, đạt 74,5% dự toán.\n' +
  'Chi thường xuyên là 3.410 tỷ đồng, đạt 61,2%.\n' +
  '1.2. Hoạt động tín dụng ngân hàng\n' +
  '- Nguồn vốn huy động tại địa phương ước đến 30/9 là 21.300 tỷ đồng, tăng 1.210 tỷ đồng.\n' +
  '2. Giá cả\n' +
  '- Chỉ số giá tiêu dùng tháng 9 tăng 0,8% so với tháng trước.';

describe('a numbered section heading ends the running topic', () => {
  it('deposits under "1.2. Hoạt động tín dụng" are not budget spending', () => {
    expect(figureAt(release, '21.300').indicator).toBeUndefined();
  });
  it('a figure in the budget\'s own section keeps the budget', () => {
    expect(figureAt(release, '3.410').indicator).toBe('budget_expenditure');
  });
  it('a heading that names its subject still lends it', () => {
    expect(figureAt(release, '0,8%').indicator).toBe('cpi');
  });
  it('a numbered line that holds figures is no heading', () => {
    const text = 'Thu ngân sách đạt 1.200 tỷ đồng.\n1. Giá trị sản xuất tăng 5%, đạt 3.400 tỷ đồng.\nNăm nay đạt thêm 15 tỷ đồng.';
    expect(figureAt(text, '15 tỷ').indicator).toBe(figureAt(text.replace('\n1. ', '\n'), '15 tỷ').indicator);
  });
});
