// A party committee's page lists the year's targets under a heading of their own ("Các chỉ tiêu chủ yếu năm 2024 như
// sau:") and then one "- Label: value." line each. Published as that year opens, the items are targets; a
// statistics release's heading for part of a year, or one that reports results, still heads actuals.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const page = (heading: string) => `Thị xã tiếp tục thực hiện các khâu đột phá. ${heading}\n\n- Thu ngân sách trên địa bàn: 205 tỷ đồng.\n\n- Tỷ lệ tham gia bảo hiểm y tế: 93,5%.\n\nHội nghị bế mạc cùng ngày.`;
const january = { published: '2024-01-18' };

describe('a heading naming the running year\'s targets heads a list of targets', () => {
  it('items under "Các chỉ tiêu chủ yếu năm 2024 như sau:" in January 2024 are targets', () => {
    const text = page('Các chỉ tiêu chủ yếu năm 2024 như sau:');
    expect(figureAt(text, '205 tỷ', january).modality).toBe('target');
    expect(figureAt(text, '93,5%', january).modality).toBe('target');
  });
  it('a heading over part of the year ("9 tháng") still heads results', () => {
    const text = page('Một số chỉ tiêu chủ yếu 9 tháng năm 2024:');
    expect(figureAt(text, '205 tỷ', { published: '2024-10-05' }).modality).toBe('actual');
  });
  it('a heading that reports results of the year heads actuals', () => {
    const text = page('Kết quả thực hiện các chỉ tiêu năm 2023:');
    expect(figureAt(text, '205 tỷ', january).modality).toBe('actual');
  });
  it('the same heading in the year\'s last month sums the year up', () => {
    const text = page('Một số chỉ tiêu chủ yếu năm 2024:');
    expect(figureAt(text, '205 tỷ', { published: '2024-12-10' }).modality).toBe('actual');
  });
  it('a year already over when the page appeared gives no target', () => {
    const text = page('Các chỉ tiêu chủ yếu năm 2023 như sau:');
    expect(figureAt(text, '205 tỷ', january).modality).toBe('actual');
  });
});
