// Steering committees are named by the decree or programme that set them up: "Ban Chỉ đạo 138 tỉnh tổ chức hội nghị"
// (crime prevention), "Ban Chỉ đạo 35". The number names the committee; read with "tỉnh" after it, it looked like a
// count of provinces. What the committee counts is still a figure. Found by holdout21/005 (a security month report).
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2023-05-27' };

describe('a steering committee\'s number', () => {
  it('names the committee', () => {
    expectNoFigureAt('Sáng 26/5, Ban Chỉ đạo 138 tỉnh tổ chức hội nghị giao ban tháng 5/2023.', '138', opts);
  });
  it('a count the committee reports is still a figure', () => {
    expectFigure('Trong tháng, Ban chỉ đạo đã kiểm tra 12 xã, phường.', '12', { kind: 'level', unit: 'xã' }, opts);
  });
});
