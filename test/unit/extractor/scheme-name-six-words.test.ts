// "Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội": a scheme's name may take six words before its round goal;
// the goal names the scheme, no result. What a scheme did ("chương trình đã hỗ trợ xây dựng 1.000 căn nhà") stays a figure.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2025-03-14', locality: 'tỉnh Hưng Yên' };

describe('a scheme named by a round goal after six words', () => {
  it('is no figure', () => {
    expectNoFigureAt('Thực hiện Đề án đầu tư xây dựng ít nhất 1 triệu căn hộ nhà ở xã hội, tỉnh được giao 18.000 căn.', '1 triệu', opts);
  });

  it('leaves what the scheme did a figure', () => {
    expectFigure('Năm 2024, chương trình đã hỗ trợ xây dựng 1.000 căn nhà cho hộ nghèo.', '1.000', { kind: 'level', unit: 'căn nhà' }, opts);
  });
});
