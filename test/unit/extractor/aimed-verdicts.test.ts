// "tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu": a verdict word after an aim ("phấn đấu", "quyết tâm", "để") states what
// is to be done, not a status the targets have reached. Pattern from holdout11.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-10-03' };

describe('a verdict word after an aim gives no status', () => {
  it('"phấn đấu hoàn thành 21/21 chỉ tiêu" is a target with no status', () => {
    expectFigure('Quý IV, tỉnh phấn đấu hoàn thành 21/21 chỉ tiêu kinh tế - xã hội năm 2024.', '21/21', { modality: 'target', status: undefined }, pub);
  });
  it('"quyết tâm đạt 26 chỉ tiêu" likewise', () => {
    expectFigure('Năm 2025, huyện quyết tâm đạt 26 chỉ tiêu chủ yếu.', '26', { modality: 'target', status: undefined }, pub);
  });
  it('"hoàn thành 25/26 chỉ tiêu" reported is still achieved', () => {
    expectFigure('Năm 2023, huyện Thọ Xuân hoàn thành 25/26 chỉ tiêu Nghị quyết.', '25/26', { status: 'achieved' }, pub);
  });
});
