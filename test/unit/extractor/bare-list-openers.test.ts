// "Các chỉ tiêu chủ yếu đều tăng khá so với cùng kỳ. Cụ thể:": a heading that only opens its list ("Cụ thể:",
// "như sau:") leaves the base of the items' changes to the sentence before it. Pattern from holdout11.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const list = (before: string) => `${before} Cụ thể:\n- Chỉ số sản xuất công nghiệp tăng 14,2%;\n- Giá trị sản xuất công nghiệp ước đạt 118.560 tỷ đồng, tăng 15,3%.`;

describe('a bare list opener takes the base of the sentence before it', () => {
  run([
    ['"so với cùng kỳ" before "Cụ thể:" is the items\' base', list('Các chỉ tiêu chủ yếu đều tăng khá so với cùng kỳ.'), '14,2', { value: 14.2, kind: 'change', base: 'same_period' }],
    ['… down to the last item', list('Các chỉ tiêu chủ yếu đều tăng khá so với cùng kỳ.'), '15,3', { value: 15.3, base: 'same_period' }],
    ['"so với năm 2023" before "như sau:" gives that year', 'Thu ngân sách tăng khá so với năm 2023, như sau:\n- Thu nội địa tăng 9,1%;\n- Thu xuất nhập khẩu tăng 3,2%.', '9,1', { value: 9.1, base: '2023' }],
    ['a sentence before that compares with nothing gives no base', list('Các chỉ tiêu chủ yếu đều tăng khá.'), '14,2', { value: 14.2, kind: 'change', base: undefined }],
    ['an estimate in the sentence before does not make the items estimates', list('GRDP ước tăng 8,6% so với cùng kỳ.'), '14,2', { value: 14.2, base: 'same_period', modality: 'actual' }],
  ]);
});
