// "thu nhập bình quân trên 1 ha đất trồng trọt đạt 235 triệu đồng/năm": money after "trên 1 ha" that is written per
// year is per hectare and per year, not an income per head; money per year with no hectare named stays as written.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

const pub = { published: '2026-01-12' };

describe('money per hectare and per year', () => {
  it('"trên 1 ha … triệu đồng/năm" is VND/ha/năm and no income per head', () => {
    const f = expectFigure('Năm 2025, thu nhập bình quân trên 1 ha đất sản xuất nông nghiệp đạt 198 triệu đồng/năm.', '198 triệu', { unit: 'VND/ha/năm', value: 198e6 }, pub);
    expect(f.indicator).toBeUndefined();
  });

  it('"trên 1 ha … triệu đồng" without a year stays VND/ha', () => {
    expectFigure('Giá trị thu được trên 1 ha đất canh tác đạt 176 triệu đồng.', '176 triệu', { unit: 'VND/ha' }, pub);
  });

  it('income per head per year with no hectare named stays per head', () => {
    expect(figureAt('Thu nhập bình quân đầu người của huyện đạt 68 triệu đồng/năm.', '68 triệu', pub).unit).toBe('VND/người/năm');
  });
});
