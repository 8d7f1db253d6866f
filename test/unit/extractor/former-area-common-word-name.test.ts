// After July 2025 Phú Thọ reports on the provinces merged into it as "khu vực Vĩnh Phúc cũ", "khu vực Hòa Bình cũ".
// "Hòa Bình" is also a common word (peace), so the name is never read alone; between "khu vực" and "cũ" it can only be
// the former province, which owns its clause as any former unit does. "hòa bình" elsewhere is still no place.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-11-05', locality: 'tỉnh Phú Thọ' };

describe('a name that is also a common word, between "khu vực" and "cũ", is the former unit', () => {
  it('"khu vực Hòa Bình cũ hoàn thành 17/22 chỉ tiêu" is tỉnh Hòa Bình\'s', () => {
    const text = 'Nhiệm kỳ qua, khu vực Vĩnh Phúc cũ đạt và vượt 20/25 chỉ tiêu; khu vực Hòa Bình cũ hoàn thành 17/22 chỉ tiêu.';
    expect(figureAt(text, '17/22', opts).locality).toBe('tỉnh Hòa Bình');
    expect(figureAt(text, '20/25', opts).locality).toBe('tỉnh Vĩnh Phúc');
  });
  it('"khu vực Hòa Bình (cũ)" likewise', () => {
    const text = 'Năm 2025, khu vực Hòa Bình (cũ) đón 3,1 triệu lượt khách du lịch.';
    expect(figureAt(text, '3,1 triệu', opts).locality).toBe('tỉnh Hòa Bình');
  });
  it('"hòa bình" as a word names no place', () => {
    const text = 'Vì hòa bình và phát triển, năm 2025 tỉnh thu hút 52 dự án đầu tư mới.';
    expect(figureAt(text, '52 dự án', opts).locality).toBe('tỉnh Phú Thọ');
  });
});
