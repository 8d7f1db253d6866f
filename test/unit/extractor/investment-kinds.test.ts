// Investment reports name three kinds side by side: "Thu hút đầu tư trong nước được 77 dự án với tổng vốn đăng ký là
// 5.000 tỉ đồng", "Thu hút đầu tư trực tiếp nước ngoài (FDI) được tám dự án, tổng vốn đầu tư 31,8 triệu USD", and the
// investment of the whole society, which is counted in đồng. Found reading real provincial investment reports.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const report = 'Thu hút đầu tư trong nước được 77 dự án với tổng vốn đăng ký là 5.000 tỉ đồng. Thu hút đầu tư trực tiếp nước ngoài (FDI) được 8 dự án, tổng vốn đầu tư 31,8 triệu USD.';

describe('domestic, foreign and social investment', () => {
  run([
    ['projects attracted from inside the country are domestic investment', report, '77 dự án', { indicator: 'domestic_investment' }],
    ['… and so is their capital in đồng', report, '5.000', { indicator: 'domestic_investment' }],
    ['dollars named "tổng vốn đầu tư" in an FDI sentence are FDI', report, '31,8', { indicator: 'fdi' }],
    ['"dự án mới có vốn đầu tư trực tiếp của nước ngoài" counts FDI projects', 'Cả nước thu hút được 175 dự án mới có vốn đầu tư trực tiếp của nước ngoài (FDI).', '175', { indicator: 'fdi' }],
    ['the investment of the whole society in đồng stays social investment', 'Tổng vốn đầu tư toàn xã hội ước đạt 22.610 tỷ đồng.', '22.610', { indicator: 'social_investment' }],
  ]);
});
