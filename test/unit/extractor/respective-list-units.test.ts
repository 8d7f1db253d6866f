// After "lần lượt" a whole list shares the noun written after its last item, even when the items' scale words differ
// or semicolons separate them. Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const visitors = 'Tràng An, Bái Đính và Tam Cốc lần lượt đón 1,45 triệu, 1,12 triệu và 860.000 lượt khách.';
const scores = 'Ba môn Toán, Ngữ văn, Tiếng Anh có điểm trung bình lần lượt là 6,91; 7,42; 5,86 điểm.';

describe('a "lần lượt" list shares its last item\'s noun', () => {
  run([
    ['the first item, scaled by "triệu", takes the noun three items on', visitors, '1,45', { value: 1.45e6, unit: 'lượt khách' }],
    ['a middle item takes it too', visitors, '1,12', { value: 1.12e6, unit: 'lượt khách' }],
    ['items separated by semicolons share the unit', scores, '6,91', { value: 6.91, unit: 'điểm' }],
    ['… the middle one as well', scores, '7,42', { value: 7.42, unit: 'điểm' }],
    ['an item with no scale of its own takes the last one\'s', 'Các xã lần lượt nhận 3, 4 và 5 tỷ đồng.', '3,', { value: 3e9, unit: 'VND' }],
    ['… a middle one too', 'Các xã lần lượt nhận 3, 4 và 5 tỷ đồng.', '4 ', { value: 4e9, unit: 'VND' }],
  ]);
  it('a semicolon that ends a clause ends the list', () => {
    expectNoFigureAt('Ba đơn vị lần lượt xếp hạng 5; hộ nghèo còn 200 hộ.', '5;');
  });
  it('a sentence end between "lần lượt" and the number ends the list', () => {
    expectNoFigureAt('Các xã lần lượt hoàn thành. Nhóm 3, 4 và 12 tấn hàng.', '3,');
  });
});
