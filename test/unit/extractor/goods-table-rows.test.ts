// "Một số mặt hàng xuất khẩu chủ lực 11 tháng (so với cùng kỳ):" over "Mặt hàng | Giá trị (triệu USD) | Tăng/giảm (%)" and
// "Gạo | 243 | -6,1": rows of goods are parts of one whole, read as rows of places and sectors are; a "Tăng/giảm (%)"
// column under a caption that says what it compares with holds the changes against that.
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';

const OPTS = { published: '2025-12-05' };
const find = (text: string, figure: string) => extract(text, OPTS).figures.find((f) => f.text === figure);

const TABLE = 'Một số mặt hàng xuất khẩu chủ lực 11 tháng (so với cùng kỳ):\nMặt hàng | Giá trị (triệu USD) | Tăng/giảm (%)\nDừa và sản phẩm từ dừa | 612 | +28,4\nGạo | 243 | -6,1\n';

describe('rows of goods', () => {
  it('a value cell takes its column’s unit and scale', () => {
    expect(find(TABLE, '243')).toMatchObject({ kind: 'level', value: 243_000_000, unit: 'USD' });
  });

  it('a signed cell is a change against what the caption compares with', () => {
    expect(find(TABLE, '-6,1') ?? find(TABLE, '6,1')).toMatchObject({ kind: 'change', value: 6.1, unit: '%', direction: 'down', base: 'same_period' });
  });

  it('a caption that compares with nothing gives the column no base', () => {
    const text = 'Một số mặt hàng xuất khẩu chủ lực 11 tháng:\nMặt hàng | Giá trị (triệu USD) | Tăng/giảm (%)\nGạo | 243 | -6,1\n';
    expect((find(text, '-6,1') ?? find(text, '6,1'))?.base).toBeUndefined();
  });
});
