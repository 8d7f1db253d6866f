// "đường trục thôn, xóm 48,3 km": a hamlet's, a road's or a ward's number is a whole number; a decimal with a measure
// after it is how much was built, not the name of the hamlet. A whole number after the same word stays a name.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const opts = { published: '2023-12-20', locality: 'huyện Yên Thành' };

describe('a decimal measure after a word that names places by number', () => {
  it('is a figure', () => {
    expectFigure('Năm 2023, huyện làm được đường liên thôn 12,4 km, đường ngõ xóm 9,5 km.', '9,5 km', { kind: 'level', unit: 'km', value: 9.5 }, opts);
    expectFigure('Đường trục thôn, xóm 30,2 km/KH 28 km.', '30,2 km', { kind: 'level', unit: 'km' }, opts);
  });

  it('leaves a whole number after the word a name', () => {
    expectNoFigureAt('Bà con xóm 7 góp tiền làm đường bê tông.', '7', opts);
  });
});
