// "thị xã có năm chỉ tiêu đạt và vượt, bảy chỉ tiêu đạt trên 50%": the percentage a count of targets reaches is how
// far they are toward their plan (an attainment against the target, a result of the months reported), not a target.
// Found by probing after holdout12 (holdout8's Long Mỹ has it as an optional figure).
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-07-05', locality: 'thị xã Duyên Hải' };
const lead = 'Thị ủy Duyên Hải sơ kết 6 tháng đầu năm 2024\n\n05/07/2024\n\n';

describe('a count of targets reaching a share of plan', () => {
  run([
    ['spelled count', `${lead}Theo báo cáo, 6 tháng đầu năm, thị xã có năm chỉ tiêu đạt và vượt, bảy chỉ tiêu đạt trên 50%, hai chỉ tiêu đạt thấp.`, '50%', { value: 50, kind: 'attainment', base: 'target', bound: 'over', modality: 'actual', period: '2024-H1' }, pub],
    ['a ratio of targets', `${lead}Thị xã có 9/21 chỉ tiêu chủ yếu đạt trên 50%.`, '50%', { value: 50, kind: 'attainment', base: 'target', modality: 'actual' }, pub],
    ['a rate that is not a count of targets stays a level', `${lead}Tỷ lệ hộ dân dùng nước sạch đạt trên 50%.`, '50%', { value: 50, kind: 'level', base: undefined }, pub],
  ]);
});
