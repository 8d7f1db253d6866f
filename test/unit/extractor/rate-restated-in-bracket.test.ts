// "Tỷ lệ hộ nghèo giảm còn 0,48% (còn 19 hộ)": a bare bracket right after the poverty rate restates it as a count of
// poor households, as "(tương đương 19 hộ)" does. Households counted later in the clause, outside such a bracket, are
// not the poor counted.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Xã Yên Lộc năm 2023\n\n';

describe('a poverty rate restated in the bracket after it', () => {
  it('"(còn 19 hộ)" and "(19 hộ)" count the poor households', () => {
    expect(figureAt(`${HEAD}Tỷ lệ hộ nghèo giảm còn 0,48% (còn 19 hộ); hộ cận nghèo còn 1,12%.`, '19 hộ').indicator).toBe('poor_households');
    expect(figureAt(`${HEAD}Tỷ lệ hộ nghèo giảm còn 0,48% (19 hộ).`, '19 hộ').indicator).toBe('poor_households');
  });

  it('households named later in the clause, with their own words, are not the poor counted', () => {
    expect(figureAt(`${HEAD}Tỷ lệ hộ nghèo giảm còn 0,48%, toàn xã có 19 hộ làm nghề mộc.`, '19 hộ').indicator).toBeUndefined();
  });
});
