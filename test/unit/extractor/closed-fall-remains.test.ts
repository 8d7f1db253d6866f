// "giảm từ 3,2% năm 2020 xuống còn 1,1%, toàn xã hiện còn 42 hộ nghèo": a fall that already reached its level is
// closed; the "còn" after it says what stands now, not a level it fell to. An open fall ("giảm từ 34,5% năm 2021, năm
// 2023 còn 21,2%") still ends on its "còn".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-08-20' };
const HEAD = 'Đại hội Đảng bộ xã Tân Hòa lần thứ I, nhiệm kỳ 2025 - 2030\n\n';

describe('a "còn" after a fall that reached its level', () => {
  it('"…xuống còn 1,1%, toàn xã hiện còn 42 hộ nghèo" gives the count no direction', () => {
    const text = HEAD + 'Tỷ lệ hộ nghèo giảm từ 3,2% năm 2020 xuống còn 1,1%, toàn xã hiện còn 42 hộ nghèo.';
    expect(figureAt(text, '1,1%', OPTS).direction).toBe('down');
    expect(figureAt(text, '42', OPTS).direction).toBeUndefined();
  });

  it('"…xuống còn 2,31%, tương ứng còn 389 hộ nghèo" too', () => {
    const text = HEAD + 'Tỷ lệ hộ nghèo giảm từ 2,84% đầu năm xuống còn 2,31%, tương ứng còn 389 hộ nghèo.';
    expect(figureAt(text, '389', OPTS).direction).toBeUndefined();
  });

  it('an open fall still ends on its "còn"', () => {
    const text = HEAD + 'Tỷ lệ hộ nghèo giảm từ 4,5% năm 2020, đến năm 2025 còn 1,3%.';
    expect(figureAt(text, '1,3%', OPTS).direction).toBe('down');
  });
});
