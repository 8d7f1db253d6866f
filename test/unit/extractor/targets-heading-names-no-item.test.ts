// "các chỉ tiêu chủ yếu:" written before a colon heads a list of items, each naming its own measure. The targets are not
// what a percentage after the colon measures: an item the lexicon knows takes its own id, one it does not takes none.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-12-26' };
const text = 'Năm 2024, xã đạt và vượt 15/17 chỉ tiêu chủ yếu. Cụ thể, các chỉ tiêu chủ yếu: tỷ lệ hộ có nhà tiêu hợp vệ sinh đạt 92,4%; '
  + 'tỷ lệ người dân tham gia bảo hiểm y tế đạt 94,1%.';

describe('a rate after a targets heading\'s colon', () => {
  it('an item the lexicon does not know gets no indicator, not the count of targets', () => {
    expectFigure(text, '92,4%', { indicator: undefined }, pub);
  });
  it('an item it knows keeps its own', () => {
    expectFigure(text, '94,1%', { indicator: 'health_insurance_coverage' }, pub);
  });
});

describe('the count of targets itself', () => {
  it('stays resolution_targets', () => {
    expectFigure(text, '15/17 chỉ tiêu', { indicator: 'resolution_targets' }, pub);
  });
});
