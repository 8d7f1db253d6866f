// A bare "sản lượng" in a paragraph (or list line) about rice is the rice output; produce named nearer takes it away.
// Pattern from holdout9 (also in holdout5 and holdout6).
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const season = 'Vụ Đông Xuân, nông dân gieo sạ 10.420 ha lúa. Năng suất bình quân đạt 68,5 tạ/ha; sản lượng đạt 71.377 tấn.';
const list = 'Kết quả một số cây trồng chính:\n- Lúa: diện tích 10.420 ha, sản lượng 71.377 tấn (+4,6%);\n- Ngô: diện tích 1.260 ha, sản lượng 9.120 tấn.';
const fruit = 'Toàn huyện gieo sạ 10.420 ha lúa. Hiện diện tích xoài toàn huyện 12.450 ha. Sản lượng quý I ước 52.000 tấn.';

describe('a bare "sản lượng" takes the rice its paragraph is about', () => {
  run([
    ['rice named in an earlier sentence of the paragraph', season, '71.377', { value: 71_377, indicator: 'rice_output' }],
    ['a "Lúa:" list line', list, '71.377', { value: 71_377, indicator: 'rice_output' }],
    ['the change after it follows', list, '4,6', { value: 4.6, kind: 'change', indicator: 'rice_output' }],
    ['another crop\'s line is no rice', list, '9.120', { value: 9120, indicator: undefined }],
    ['a fruit named nearer takes the output away from rice', fruit, '52.000', { value: 52_000, indicator: undefined }],
    ['a paragraph naming no produce leaves it unnamed', 'Toàn tỉnh xuống giống 186.950 ha.\n\nSản lượng ước đạt 1,374 triệu tấn.', '1,374', { value: 1.374e6, indicator: undefined }],
  ]);
});
