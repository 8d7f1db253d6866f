// In a paragraph that reviews a term ("Nhìn lại nhiệm kỳ 2020 - 2025, …"), an average per year ("bình quân tăng
// 8,1%/năm", "mỗi năm …") is the term's even after an earlier sentence named one year ("quy mô nền kinh tế năm 2025");
// a level in that later sentence keeps the year, as the convention "a period named earlier in the paragraph" says.
// Pattern from holdout12.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2025-10-14' };
const text = 'Đại hội Đảng bộ tỉnh lần thứ I\n\n14/10/2025\n\nNhìn lại nhiệm kỳ 2020 - 2025, kinh tế của tỉnh vẫn duy trì đà tăng trưởng; quy mô nền kinh tế năm 2025 ước đạt 310.000 tỷ đồng. Thu ngân sách nhà nước bình quân tăng 8,1%/năm. Số doanh nghiệp mỗi năm tăng 350 doanh nghiệp. Tỷ lệ hộ nghèo giảm còn 1,15%.';

describe('an average per year in a term\'s review is the term\'s', () => {
  run([
    ['"%/năm" after an earlier sentence\'s year', text, '8,1%', { value: 8.1, period: '2020/2025' }, pub],
    ['"mỗi năm" before the figure', text, '350', { value: 350, period: '2020/2025' }, pub],
    ['the year still dates its own figure', text, '310.000', { value: 310000e9, period: '2025' }, pub],
    ['a level in a later sentence keeps the year named earlier', text, '1,15%', { value: 1.15, period: '2025' }, pub],
  ]);
});
