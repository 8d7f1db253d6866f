// "14 tiêu chí/1 xã", "62 triệu đồng/1 người/năm": a rate's denominator written with its "1" is the same rate as
// "tiêu chí/xã" — one figure, not a figure and a count of one commune. A slash before any other number still parts two
// figures ("1.286 tiêu chí/92 xã").
import { describe, expect, it } from 'vitest';
import { expectFigure, figuresIn } from './helpers.ts';

const pub = { published: '2015-10-05' };

describe('a denominator of one written out', () => {
  it('criteria per commune', () => {
    expectFigure('Số tiêu chí đạt bình quân: 15 tiêu chí/1 xã.', '15 tiêu chí/1 xã', { value: 15, unit: 'tiêu chí/xã' }, pub);
  });
  it('income per person per year', () => {
    expectFigure('Thu nhập bình quân đạt 48 triệu đồng/1 người/năm.', '48 triệu đồng/1 người/năm', { value: 48e6, unit: 'VND/người/năm' }, pub);
  });
  it('no figure of one commune is left over', () => {
    expect(figuresIn('Số tiêu chí đạt bình quân: 15 tiêu chí/1 xã.', pub).map((f) => f.text)).toEqual(['15 tiêu chí/1 xã']);
  });
});

describe('a slash before another number', () => {
  it('still parts two figures', () => {
    expect(figuresIn('Tổng tiêu chí đạt được: 1.286 tiêu chí/92 xã.', pub).map((f) => f.text)).toEqual(['1.286 tiêu chí', '92 xã']);
  });
});
