// The degree of injury or of lost working capacity sorts people into a class of support ("thương binh có tỷ lệ tổn
// thương cơ thể từ 81% trở lên được tặng quà mức cao hơn"): it is no result. A share of the people reached still is.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-01-25' };

describe('a degree of injury as a qualifier', () => {
  it('is no figure after "tổn thương cơ thể" or "suy giảm khả năng lao động"', () => {
    expectNoFigureAt('Thương binh, bệnh binh có tỷ lệ tổn thương cơ thể từ 81% trở lên được nhận quà mức cao hơn.', '81%', opts);
    expectNoFigureAt('Người bị suy giảm khả năng lao động từ 61% trở lên được hưởng trợ cấp hằng tháng.', '61%', opts);
  });

  it('leaves a share of people reached a figure', () => {
    const text = 'Đến nay, 98,5% thương binh, bệnh binh trên địa bàn đã được nhận quà Tết.';
    expect(figureAt(text, '98,5%', opts).value).toBe(98.5);
  });
});
