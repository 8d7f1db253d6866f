// "với mức giảm lần lượt là 0,12 điểm, …", "mức tăng là 1,2%": "là" hands over the amount of the move the words right
// before it name, so the figure is that change, not a level.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a move named before "là"', () => {
  it('"với mức giảm lần lượt là 0,15 điểm, 0,4 điểm" are falls', () => {
    const text = 'Hai chỉ số nội dung giảm điểm là Quản trị môi trường và Cung ứng dịch vụ công, với mức giảm lần lượt là 0,15 điểm và 0,4 điểm.';
    expectFigure(text, '0,15 điểm', { kind: 'change', value: 0.15, direction: 'down' });
    expectFigure(text, '0,4 điểm', { kind: 'change', value: 0.4, direction: 'down' });
  });

  it('"mức tăng là 2,6%" is a rise', () => {
    expectFigure('Năm 2024, số hồ sơ trực tuyến tăng mạnh, mức tăng là 2,6%.', '2,6%', { kind: 'change', value: 2.6, direction: 'up' });
  });

  it('"là" after a rate\'s name stays a level', () => {
    expectFigure('Tỷ lệ hồ sơ trễ hạn là 0,6%.', '0,6%', { kind: 'level', value: 0.6, direction: undefined });
  });
});
