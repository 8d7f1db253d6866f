// Units named for their disbursement rate ("có tỷ lệ giải ngân thấp như: …", "có tỷ lệ giải ngân cao nhất, lần lượt
// đạt …", "… dưới 30%, gồm: UBND xã A (18,4%), …"): each percentage after is the share of that unit's capital plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('units ranked by their disbursement rate', () => {
  it('gives each unit an attainment of its plan', () => {
    const text = 'Một số chủ đầu tư có tỷ lệ giải ngân thấp như: Sở Nông nghiệp và Môi trường đạt 21,3%; UBND xã Ea Kao đạt 17,6%.';
    const f = figureAt(text, '17,6%');
    expect([f.kind, f.base, f.indicator]).toEqual(['attainment', 'target', 'public_investment_disbursement']);
  });

  it('reads the bracket after each name in a list the same way', () => {
    const text = 'Còn 9 chủ đầu tư có tỷ lệ giải ngân dưới 40%, gồm: UBND phường Buôn Hồ (22,5%), Trung tâm Y tế khu vực (31,8%).';
    expect(figureAt(text, '22,5%').kind).toBe('attainment');
  });

  it('leaves a rate restated plainly as the corpora read it', () => {
    const text = 'Một số chủ đầu tư có tỷ lệ giải ngân cao như Sở Xây dựng và UBND huyện Cư M\'gar với tỷ lệ lần lượt là 84,2% và 80,1%.';
    expect(figureAt(text, '84,2%').kind).toBe('level');
  });
});
