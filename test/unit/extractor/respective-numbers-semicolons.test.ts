// Numbers written with decimal commas are listed with semicolons: "lần lượt là 0,7012; 0,5526 và 0,6403 điểm", "lần lượt
// tăng 3,1%; 9,8% và 7,5%". What follows such a ";" up to the sentence's end is only more numbers of the list, so they
// keep the verb before the first. A ";" that opens a clause with words of its own still ends the clause.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('a respective list set off by semicolons', () => {
  it('"lần lượt tăng 4,2%; 6,8% và 5,1%": each is a rise', () => {
    const text = 'Số hồ sơ tiếp nhận của ba quý lần lượt tăng 4,2%; 6,8% và 5,1%.';
    expectFigure(text, '6,8%', { kind: 'change', value: 6.8, direction: 'up' });
    expectFigure(text, '5,1%', { kind: 'change', value: 5.1, direction: 'up' });
  });

  it('"với mức giảm lần lượt là 0,21 điểm; 0,09 điểm và 0,3 điểm": each is a fall', () => {
    const text = 'Ba chỉ số giảm điểm, với mức giảm lần lượt là 0,21 điểm; 0,09 điểm và 0,3 điểm.';
    expectFigure(text, '0,09 điểm', { kind: 'change', value: 0.09, direction: 'down' });
  });

  it('a ";" before a clause of its own keeps it apart: "tỷ lệ hộ nghèo giảm 1,2%; hộ cận nghèo còn 3,4%"', () => {
    const text = 'Tỷ lệ hộ nghèo lần lượt giảm 1,2% và 0,8%; hộ cận nghèo còn 3,4%.';
    expectFigure(text, '3,4%', { kind: 'level', direction: undefined });
  });

  it('numbers after ";" with no "lần lượt" before them start their own clause', () => {
    const text = 'Năm 2024, số hồ sơ trực tuyến tăng 12,5%; 96,2% được giải quyết đúng hạn.';
    expectFigure(text, '96,2%', { kind: 'level', direction: undefined });
  });
});
