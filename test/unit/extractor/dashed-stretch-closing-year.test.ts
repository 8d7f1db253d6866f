// "Trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ (từ 14/2 - 22/2/2026), toàn tỉnh đón …": a bracketed stretch of days
// written with a dash whose closing day carries its year dates its figures as the same stretch without the year does.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const periodOf = (text: string, figure: string, published: string) =>
  extract(text, { published }).figures.find((f) => f.text === figure)?.period;

describe('a dashed stretch of days with its year', () => {
  it('a holiday inside one month is that month', () => {
    const text = 'Trong 9 ngày nghỉ Tết Nguyên đán Bính Ngọ (từ 14/2 - 22/2/2026), toàn tỉnh đón khoảng 1,87 triệu lượt khách, tăng 21% so với cùng kỳ.';
    expect(periodOf(text, '21%', '2026-02-23')).toBe('2026-M02');
  });

  it('a holiday across two months of a quarter is that quarter, in the written year', () => {
    const text = 'Trong kỳ nghỉ lễ (28/4 - 3/5/2025), các điểm du lịch trong tỉnh đón 412.000 lượt khách, tăng 18% so với cùng kỳ.';
    expect(periodOf(text, '18%', '2026-01-10')).toBe('2025-Q2');
  });

  it('a bracketed term is not a stretch of days', () => {
    const text = 'Thu nhập bình quân đầu người cả nhiệm kỳ (2020 - 2025) tăng 9,5% mỗi năm.';
    expect(periodOf(text, '9,5%', '2025-08-01')).not.toMatch(/-M|-Q/);
  });
});

describe('a dashed stretch of days with its year, not a holiday', () => {
  it("a festival week's days leave its figures to the year", () => {
    const text = 'Trong 7 ngày diễn ra Tuần lễ Văn hóa - Du lịch Hoa Tam giác mạch (từ ngày 8 - 14/11/2025), các điểm du lịch đón khoảng 126.000 lượt khách, tăng 18% so với tuần lễ năm 2024.';
    expect(periodOf(text, '18%', '2025-11-17')).toBe('2025');
  });
});
