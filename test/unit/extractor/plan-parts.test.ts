// "Trong đó, kế hoạch vốn chuyển sang từ tỉnh A (cũ) là …, từ tỉnh B (cũ) là …": the next part of a plan split by
// source, in the same words, is planned like the first. From holdout23's to-do list, sentences written anew.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-11-04' };

describe('the parts of a plan split by source are all targets', () => {
  it('the second part after "từ tỉnh … (cũ) là"', () => {
    const text = 'Tổng kế hoạch vốn đầu tư công năm 2025 của tỉnh là 12.400 tỷ đồng. Trong đó, kế hoạch vốn chuyển sang từ tỉnh Bình Định (cũ) là 7.300 tỷ đồng, từ tỉnh Gia Lai (cũ) là 5.100 tỷ đồng.';
    expectFigure(text, '7.300 tỷ đồng', { modality: 'target' }, pub);
    expectFigure(text, '5.100 tỷ đồng', { modality: 'target' }, pub);
  });
  it('a part given to an owner, "cho cấp xã là khoảng …"', () => {
    const text = 'Kế hoạch vốn năm 2025 phân bổ cho cấp tỉnh là 4.200 tỷ đồng, cho cấp xã là khoảng 1.300 tỷ đồng.';
    expectFigure(text, '1.300 tỷ đồng', { modality: 'target' }, pub);
  });
  it('what was done after the plan ("đã giải ngân là …") stays actual', () => {
    const text = 'Kế hoạch vốn năm 2025 là 5.000 tỷ đồng, đã giải ngân là 3.100 tỷ đồng.';
    expectFigure(text, '3.100 tỷ đồng', { modality: 'actual' }, pub);
  });
  it('the parts of an amount disbursed stay actual', () => {
    const text = 'Vốn đã giải ngân năm 2025 từ tỉnh Bình Định (cũ) là 3.000 tỷ đồng, từ tỉnh Gia Lai (cũ) là 2.000 tỷ đồng.';
    expectFigure(text, '2.000 tỷ đồng', { modality: 'actual' }, pub);
  });
});
