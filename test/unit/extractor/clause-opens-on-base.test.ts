// "Thu hút FDI được tám dự án, tổng vốn đầu tư 31,8 triệu USD, so với cùng kỳ, số dự án cấp mới bằng 100%, vốn đầu tư
// tăng 49%": a base set off by commas in the middle of a sentence measures the changes of the clauses after it, as one
// opening the sentence does. Pattern from a real provincial investment page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-07-20' };

describe('", so với cùng kỳ," inside a sentence gives the changes after it that base', () => {
  it('a change two clauses on', () => {
    const text = 'Thu hút được 12 dự án, tổng vốn 2.150 tỷ đồng, so với cùng kỳ, số dự án giảm 2 dự án, vốn đăng ký tăng 35%.';
    expectFigure(text, '35%', { base: 'same_period' }, pub);
  });
  it('the month before', () => {
    const text = 'Giá lúa thường ở mức 7.200 đồng/kg, so với tháng trước, giá lúa chất lượng cao tăng 4,2%.';
    expectFigure(text, '4,2%', { base: 'previous_period' }, pub);
  });
});

describe('what gets no base from it', () => {
  it('a change in the next sentence', () => {
    const text = 'Thu hút được 12 dự án, so với cùng kỳ, số dự án giảm 2 dự án. Vốn đăng ký của các dự án mới tăng 35%.';
    expectFigure(text, '35%', { base: undefined }, pub);
  });
  it('"so với cùng kỳ" running on with its verb is read by the clause itself', () => {
    const text = 'Toàn tỉnh xảy ra 12 vụ tai nạn giao thông, so với cùng kỳ giảm 3 vụ.';
    expectFigure(text, '3 vụ', { base: 'same_period' }, pub);
  });
});
