// "kéo giảm cả 3 tiêu chí so với cùng kỳ năm 2017 (giảm 6,19% số vụ, giảm 0,75% số người chết và giảm 11,44% về số
// người bị thương)": changes in a bracket right after the base they are measured against take that base, are not
// dated by the base's year, and each measures the count named right after it. Found reading real traffic reports.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2018-07-10' };
const text = 'Trong 6 tháng đầu năm, tai nạn giao thông trên toàn quốc tiếp tục được kéo giảm cả 3 tiêu chí so với cùng kỳ năm 2017 (giảm 6,19% số vụ, giảm 0,75% số người chết và giảm 11,44% về số người bị thương).';

describe('changes in a bracket after their base', () => {
  run([
    ['the first takes the base and the report\'s period', text, '6,19%', { base: 'same_period', period: '2018-H1', indicator: 'traffic_accidents' }, pub],
    ['the second names deaths', text, '0,75%', { base: 'same_period', indicator: 'traffic_deaths' }, pub],
    ['"về số người bị thương" names injuries', text, '11,44%', { base: 'same_period', indicator: 'traffic_injuries' }, pub],
    ['a compared period\'s own figure in a bracket keeps that period', 'GRDP quý II ước đạt 11,02% so với cùng kỳ, cao hơn quý I (tăng 8,35%).', '8,35%', { period: '2024-Q1', base: undefined }, { published: '2024-07-05' }],
    ['a plan in a bracket after a base takes no base', 'Giá trị sản xuất tăng 6,8% so với năm 2023 (Nghị quyết tăng 7 - 7,5%).', '7 - 7,5%', { base: undefined }, { published: '2024-12-20' }],
    ['"số người chết do tai nạn" names deaths, not accidents', 'Bốn ngày nghỉ Tết, số người chết do tai nạn giảm 31,88% so với cùng kỳ.', '31,88%', { indicator: 'traffic_deaths' }, pub],
  ]);
});
