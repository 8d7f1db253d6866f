// "Kế hoạch vụ Hè Thu 2025, huyện gieo sạ 9.600 ha lúa, giảm 820 ha so với vụ Đông Xuân": against another season than
// the figure's own, the change is against the season just before (previous_period); against the same season it stays
// same_period. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });

describe('a change against a named season', () => {
  run([
    ['another season than the clause\'s own is the previous period', 'Vụ Hè Thu 2025, huyện gieo sạ 9.600 ha lúa, giảm 820 ha so với vụ Đông Xuân.', '820', { value: 820, base: 'previous_period' }],
    ['the same season named again is the same period', 'Vụ Hè Thu 2025 năng suất đạt 58 tạ/ha, tăng 1,2 tạ/ha so với vụ Hè Thu năm 2024.', '1,2', { value: 1.2, base: 'same_period' }],
    ['with no own season named it stays the same period', 'Năng suất bình quân tăng 1,2 tạ/ha so với vụ Đông Xuân năm trước.', '1,2', { value: 1.2, base: 'same_period' }],
    ['"cùng vụ" is always the same period', 'Vụ Hè Thu 2025, diện tích giảm 820 ha so với cùng vụ năm trước.', '820', { value: 820, base: 'same_period' }],
    // holdout11: the north's season names.
    ['"vụ chiêm xuân" named again is the same period', 'Vụ chiêm xuân 2024, năng suất lúa đạt 76,5 tạ/ha, tăng 2,1 tạ/ha so với vụ chiêm xuân năm 2023.', '2,1', { value: 2.1, base: 'same_period' }],
    ['"vụ Xuân 2024" dates its paragraph inside a 9-month report', 'Kinh tế 9 tháng năm 2024 tăng khá.\n\nSản xuất ổn định. Vụ Xuân 2024, sản lượng lúa đạt 568.000 tấn. Diện tích gieo cấy vụ Mùa đạt 76.300 ha.', '76.300', { value: 76300, period: '2024' }],
    ['against "vụ Xuân" a "vụ Mùa" change is the previous period', 'Vụ Mùa 2024, huyện gieo cấy 8.900 ha lúa, giảm 950 ha so với vụ Xuân.', '950', { value: 950, base: 'previous_period' }],
  ]);
});
