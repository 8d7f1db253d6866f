// Tables pasted with tab-separated cells are read as pipe tables are; a lone tab in a sentence stays a space.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

describe('a table whose cells are kept apart by tabs', () => {
  it('reads each numeric cell with the unit of its row and the modality of its column', () => {
    const text = 'Sản phẩm\tĐơn vị tính\tThực hiện tháng 10/2026\tSo cùng kỳ (%)\nAlumin\tTấn\t112.400\t109,6\nChè chế biến\tTấn\t2.860\t103,8\n';
    const level = figureAt(text, '112.400');
    expect([level.kind, level.unit, level.value, level.modality]).toEqual(['level', 'tấn', 112400, 'actual']);
    const index = figureAt(text, '103,8');
    expect([index.kind, index.base]).toEqual(['attainment', 'same_period']);
  });

  it('a single tab inside a sentence is only a space between words', () => {
    const text = 'Toàn tỉnh thu hoạch\t142.300 tấn cà phê nhân.';
    const f = figureAt(text, '142.300 tấn');
    expect([f.text, f.unit]).toEqual(['142.300 tấn', 'tấn']);
    expect(figuresIn(text)).toHaveLength(1);
  });
});
