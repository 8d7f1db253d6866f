// Factories count some products by the piece: "điện thoại di động 98,4 triệu cái", "tấm pin 6,2 triệu tấm". With a scale
// word the classifier is the product's unit; without one it classifies a few things of a story ("chỉ có 2 cái bàn").
// Found by holdout42 (industrial products), also missed in holdout36 ("đạt 41,6 triệu cái", "46,2 triệu cái").
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2024-12-28' };

describe('products counted by the piece at a factory scale', () => {
  it('"triệu cái" and "triệu tấm" count products', () => {
    const text = 'Năm 2024, ngành may ước đạt 212,6 triệu cái quần áo, tăng 7,4%; kính nổi đạt 3,8 triệu tấm.';
    expectFigure(text, '212,6 triệu cái', { kind: 'level', unit: 'cái', value: 212600000 }, opts);
    expectFigure(text, '3,8 triệu tấm', { kind: 'level', unit: 'tấm', value: 3800000 }, opts);
  });
  it('"3 cái ghế" in a story is no product count', () => {
    expectNoFigureAt('Ngày mới thành lập, xưởng may chỉ có 3 cái máy khâu cũ và một gian nhà tạm.', '3 cái', opts);
  });
});
