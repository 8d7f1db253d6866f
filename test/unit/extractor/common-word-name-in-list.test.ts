// "Một số huyện thu đạt thấp như Lương Tài chỉ đạt 38,7% dự toán, Gia Bình đạt 41,2%": a district whose name is also a
// common word ("lương tài") is never read bare, but as an item of a list that a plural level word opens ("một số huyện
// … như", "các huyện …,") it is one of those units and owns its own clause (common-word-name-in-list).
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2023-09-29', locality: 'tỉnh Bắc Ninh' };
const head = 'Thu ngân sách 9 tháng\n\n';

describe('a common-word name in a list of districts', () => {
  it('after "một số huyện … như" owns its clause', () => {
    const text = `${head}Về thu ngân sách, huyện Yên Phong đạt 1.940 tỷ đồng. Một số huyện thu đạt thấp như Lương Tài chỉ đạt 38,7% dự toán, Gia Bình đạt 41,2%.`;
    expectFigure(text, '38,7%', { locality: 'huyện Lương Tài' }, pub);
    expectFigure(text, '41,2%', { locality: 'huyện Gia Bình' }, pub);
  });
  it('after "các huyện … là"', () => {
    const text = `${head}Về giải ngân vốn đầu tư công, các huyện còn chậm là Lương Tài mới đạt 31,4% kế hoạch và Gia Bình đạt 35,2%.`;
    expectFigure(text, '31,4%', { locality: 'huyện Lương Tài' }, pub);
  });
});

describe('the common word stays a word', () => {
  it('with no plural level word before it', () => {
    const text = `${head}Huyện Yên Phong thu ngân sách đạt 1.940 tỷ đồng, nhờ thu hút được những lương tài như kỹ sư trẻ, đạt 75,2% dự toán.`;
    expectFigure(text, '75,2%', { locality: 'huyện Yên Phong' }, pub);
  });
});
