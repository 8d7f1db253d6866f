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
  ]);
});
