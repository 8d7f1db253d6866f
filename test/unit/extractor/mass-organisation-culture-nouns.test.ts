// Reports of unions, youth unions and the culture sector count what they did in their own nouns: grassroots unions
// founded, clubs, people taught about the Party, children, learners, units of blood, trees, a library's books, readers
// and branches, classes held. Each is reported as written, not cut to a shorter noun that means something else
// ("bản" is a hamlet, "đơn vị" a unit, "cây" any tree).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('counted nouns of mass organisations and culture', () => {
  it('counts unions, clubs, blood, trees, books, readers and classes by their own nouns', () => {
    const text = 'Năm 2025, Liên đoàn Lao động huyện thành lập 9 công đoàn cơ sở; toàn huyện có 312 câu lạc bộ thể dục thể thao. Huyện đoàn vận động hiến 1.250 đơn vị máu, trồng 40.000 cây xanh, mở 35 lớp học kỹ năng cho 2.100 thiếu nhi. Thư viện huyện bổ sung 3.400 bản sách, phục vụ 52.000 lượt bạn đọc; 640 quần chúng ưu tú và 1.100 lượt học viên dự lớp bồi dưỡng.';
    const opts = { published: '2025-12-20' };
    expect(figureAt(text, '9 công', opts).unit).toBe('công đoàn cơ sở');
    expect(figureAt(text, '312', opts).unit).toBe('câu lạc bộ');
    expect(figureAt(text, '1.250', opts).unit).toBe('đơn vị máu');
    expect(figureAt(text, '40.000', opts).unit).toBe('cây xanh');
    expect(figureAt(text, '35 lớp', opts).unit).toBe('lớp học');
    expect(figureAt(text, '2.100', opts).unit).toBe('thiếu nhi');
    expect(figureAt(text, '3.400', opts).unit).toBe('bản sách');
    expect(figureAt(text, '52.000', opts).unit).toBe('lượt bạn đọc');
    expect(figureAt(text, '640', opts).unit).toBe('quần chúng');
    expect(figureAt(text, '1.100', opts).unit).toBe('lượt học viên');
  });

  it('keeps hamlets, units and trees of other kinds in their short nouns', () => {
    const text = 'Năm 2024, xã có 12 bản đạt chuẩn văn hóa; 5 đơn vị được khen thưởng; nông dân trồng mới 8.000 cây cà phê.';
    const opts = { published: '2024-12-20' };
    expect(figureAt(text, '12 bản', opts).unit).toBe('bản');
    expect(figureAt(text, '5 đơn vị', opts).unit).toBe('đơn vị');
    expect(figureAt(text, '8.000', opts).unit).toBe('cây');
  });
});
