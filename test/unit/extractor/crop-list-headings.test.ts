// A crop list's heading says what its signed changes compare with: "(tăng, giảm so với cùng vụ năm trước):" is the same
// season a year earlier, as "so với cùng kỳ" is for a period. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const crops = 'Kết quả một số cây trồng chính vụ Đông Xuân (tăng, giảm so với cùng vụ năm trước):\n' +
  '- Ngô: diện tích 1.260 ha (+3,1%), năng suất 72,4 tạ/ha;\n- Lạc: diện tích 1.845 ha (-4,5%), năng suất 28,6 tạ/ha.';
const lastSeason = 'Kết quả vụ Hè Thu (so với vụ trước):\n- Ngô: diện tích 1.260 ha (+3,1%);\n- Lạc: diện tích 1.845 ha (-4,5%).';
const unsaid = 'Kết quả một số cây trồng chính vụ Đông Xuân:\n- Ngô: diện tích 1.260 ha (+3,1%);\n- Lạc: diện tích 1.845 ha (-4,5%).';

describe('a crop list heading gives its changes their base', () => {
  run([
    ['"so với cùng vụ" heads same-period changes', crops, '3,1', { value: 3.1, kind: 'change', direction: 'up', base: 'same_period' }],
    ['… down to the last item', crops, '4,5', { value: 4.5, kind: 'change', direction: 'down', base: 'same_period' }],
    ['"so với vụ trước" heads previous-period changes', lastSeason, '4,5', { value: 4.5, kind: 'change', base: 'previous_period' }],
    ['a heading that names no comparison gives no base', unsaid, '3,1', { value: 3.1, kind: 'change', base: undefined }],
    ['levels in the list take no base', crops, '1.260', { value: 1260, kind: 'level', base: undefined }],
  ]);
});
