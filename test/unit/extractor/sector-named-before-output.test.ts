// A bare "giá trị sản xuất" after a sector named as its sentence's subject ("ngành nông nghiệp phấn đấu giá trị sản xuất
// tăng …", "Sản xuất công nghiệp … ổn định, giá trị sản xuất ước đạt …") is that sector's output value; with no sector
// before it, it stays the total.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2025-07-05' };

describe('output value after a sector named as the subject', () => {
  run([
    ['a farm sector\'s target', 'Năm 2026, ngành nông nghiệp huyện phấn đấu giá trị sản xuất tăng 2,8 - 3,2%.', '2,8', { indicator: 'agricultural_output_value', kind: 'change' }, pub],
    ['an industry sector\'s estimate after a comma', 'Sản xuất công nghiệp - tiểu thủ công nghiệp giữ ổn định, giá trị sản xuất ước đạt 1.840 tỷ đồng.', '1.840', { indicator: 'industrial_output_value' }, pub],
    ['"nông, lâm, thủy sản" as the subject', 'Lĩnh vực nông, lâm, thủy sản phát triển khá, giá trị sản xuất đạt 3.260 tỷ đồng.', '3.260', { indicator: 'agricultural_output_value' }, pub],
    ['no sector before it: the total', 'Trong 6 tháng, giá trị sản xuất trên địa bàn huyện ước đạt 5.120 tỷ đồng.', '5.120', { indicator: 'total_output_value' }, pub],
    ['a sector after the figure is not its subject', 'Giá trị sản xuất ước đạt 5.120 tỷ đồng, trong đó ngành công nghiệp chiếm phần lớn.', '5.120', { indicator: 'total_output_value' }, pub],
  ]);
});
