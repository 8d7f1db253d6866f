// Telecom pages name the subscribers first and give the number bare: "thuê bao di động băng rộng (4G, 5G) đạt 4,12 triệu,
// chiếm 84,8%", "số thuê bao 5G đạt 312.000, gấp 2,6 lần cuối năm 2025". The number is a count of subscribers, with its
// scale. A small bare number after "là" (a rank, a code) and a number with its own unit are not read this way.
// Found by holdout83/006 (a city's telecoms in a quarter).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2025-07-10' };

describe('subscribers named before a bare number', () => {
  it('reads the number as subscribers', () => {
    const text = 'Tỉnh Nghệ An\n\n6 tháng đầu năm 2025, thuê bao di động băng rộng đạt 2,93 triệu, chiếm 81,2%; số thuê bao 5G đạt 186.000, tăng 40% so với cuối năm 2024.\n';
    const mobile = figureAt(text, '2,93 triệu', opts);
    expect([mobile.kind, mobile.value, mobile.unit]).toEqual(['level', 2_930_000, 'thuê bao']);
    expect(figureAt(text, '186.000', opts).unit).toBe('thuê bao');
  });
  it('leaves a rank after "là" and a number with its own unit', () => {
    const text = 'Tỉnh Nghệ An\n\nXếp hạng mức độ phủ sóng thuê bao của tỉnh là 5 trong khu vực. Doanh thu từ thuê bao cố định đạt 86 tỷ đồng.\n';
    expectNoFigureAt(text, 'là 5', opts);
    expect(figureAt(text, '86 tỷ đồng', opts).unit).toBe('VND');
  });
});
