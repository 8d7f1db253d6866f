// "Đến nay, phường không còn hộ nghèo theo chuẩn của thành phố; còn 52 hộ cận nghèo": the place whose poverty standard
// a count is measured by is not the place the count belongs to. Pattern from holdout23's to-do list, sentences written
// anew.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2026-07-03' };
const head = 'Phường Hòa Cường: một năm chăm lo an sinh\n\nNăm 2025, thu ngân sách trên địa bàn phường Hòa Cường đạt 310 tỷ đồng, vượt dự toán thành phố Đà Nẵng giao.\n\n';

describe('a place named as whose standard is no place of the figure', () => {
  it('"theo chuẩn của thành phố" leaves the ward\'s count with the ward', () => {
    const text = `${head}Đến nay, phường không còn hộ nghèo theo chuẩn của thành phố; còn 52 hộ cận nghèo.`;
    expectFigure(text, '52 hộ', { locality: 'phường Hòa Cường' }, pub);
  });
  it('"theo chuẩn nghèo đa chiều của thành phố" likewise', () => {
    const text = `${head}Phường đã không còn hộ nghèo theo chuẩn nghèo đa chiều của thành phố; hộ cận nghèo còn 6 hộ.`;
    expectFigure(text, '6 hộ', { locality: 'phường Hòa Cường' }, pub);
  });
  it('"theo tiêu chí của thành phố" before the count in its clause', () => {
    const text = `${head}Hộ nghèo theo tiêu chí của thành phố đã giảm còn 3 hộ.`;
    expectFigure(text, '3 hộ', { locality: 'phường Hòa Cường' }, pub);
  });
  it('the city spoken of as a subject ("Toàn thành phố còn …") still owns its count', () => {
    const text = `${head}Đến nay, phường còn 52 hộ cận nghèo. Toàn thành phố còn 1.020 hộ cận nghèo.`;
    expectFigure(text, '1.020 hộ', { locality: 'thành phố Đà Nẵng' }, pub);
  });
});
