// Year-end reviews of party building print the rating of grassroots organisations as a table whose rows are the rating
// classes ("Mức xếp loại | Số tổ chức | Tỷ lệ (%) | Tăng, giảm (điểm %)"): each row is a part of the whole, read as
// the rows of school levels or sectors are, with the counted noun of its "Số …" column, the share, and the move in
// points against the base its caption names. "tổ chức" after a number counts organisations; after a term's closing
// year or a date it stays the verb.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt, figuresIn } from './helpers.ts';

const table = [
  'Kết quả xếp loại chất lượng tổ chức cơ sở đảng năm 2025 của huyện (tăng, giảm so với năm 2024) như sau:',
  '',
  'Mức xếp loại | Số tổ chức | Tỷ lệ (%) | Tăng, giảm (điểm %)',
  'Hoàn thành xuất sắc nhiệm vụ | 14 | 24,1 | +3,4',
  'Hoàn thành tốt nhiệm vụ | 40 | 69,0 | -2,2',
  'Không hoàn thành nhiệm vụ | 1 | 1,7 | -0,5',
].join('\n');

describe('rating table rows', () => {
  it('reads each rating class: the count, its share and its move against the caption base', () => {
    const opts = { published: '2026-01-14' };
    expect(figureAt(table, '| 14 |', opts)).toMatchObject({ kind: 'level', value: 14, unit: 'tổ chức', period: '2025' });
    expect(figureAt(table, '24,1', opts)).toMatchObject({ kind: 'level', value: 24.1, unit: '%' });
    expect(figureAt(table, '3,4', opts)).toMatchObject({ kind: 'change', value: 3.4, unit: 'điểm %', direction: 'up', base: '2024' });
    expect(figureAt(table, '2,2', opts)).toMatchObject({ kind: 'change', direction: 'down', base: '2024' });
    expect(figureAt(table, '| 40 |', opts).unit).toBe('tổ chức');
  });

  it('counts organisations in prose, but not the verb after a term or a date', () => {
    const text = 'HĐND huyện khóa XX, nhiệm kỳ 2021 - 2026 tổ chức kỳ họp thứ 9. Ngày 15/3 tổ chức hội nghị. Có 4 tổ chức chính trị - xã hội ký kết quy chế phối hợp.';
    const opts = { published: '2025-03-20' };
    expectNoFigureAt(text, '2026 tổ chức', opts);
    expectNoFigureAt(text, '15/3', opts);
    expect(figureAt(text, '4 tổ chức', opts).unit).toBe('tổ chức');
  });

  it('leaves a rating table without value columns alone', () => {
    const text = 'Mức xếp loại | Tiêu chí | Ghi chú\nHoàn thành tốt nhiệm vụ | Đạt 8 tiêu chí | Không\nHoàn thành nhiệm vụ | Đạt 6 tiêu chí | Không';
    expect(figuresIn(text, { published: '2025-01-10' }).filter((f) => f.unit === 'tổ chức')).toHaveLength(0);
  });
});
