// "Nhiệm kỳ qua, thị xã thực hiện đạt và vượt 18/21 chỉ tiêu" at the congress of "nhiệm kỳ 2025 - 2030": the term just
// run is 2020/2025, not the one the congress opens; a paragraph that opens on it is that term's up to a period it names.
// Found by probing after holdout12.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2025-07-22', locality: 'thị xã Giá Rai' };
const congress = 'Đại hội Đảng bộ thị xã Giá Rai lần thứ XIII, nhiệm kỳ 2025 - 2030\n\n22/07/2025\n\nNgày 21-7, Đảng bộ thị xã Giá Rai tổ chức Đại hội đại biểu lần thứ XIII, nhiệm kỳ 2025 - 2030.\n\n';
const review = `${congress}Nhiệm kỳ qua, thị xã thực hiện đạt và vượt 18/21 chỉ tiêu Nghị quyết. Tốc độ tăng trưởng kinh tế bình quân đạt 7,6%/năm. Thu nhập bình quân đầu người năm 2025 ước đạt 78 triệu đồng.`;
const running = 'Sơ kết giữa nhiệm kỳ\n\n20/06/2023\n\nĐảng bộ huyện thực hiện Nghị quyết nhiệm kỳ 2020 - 2025.\n\nNhiệm kỳ qua, huyện kết nạp 412 đảng viên.';

describe('the term just run at a new term\'s congress', () => {
  run([
    ['"Nhiệm kỳ qua" in the figure\'s sentence', review, '18/21', { value: 18, of: 21, period: '2020/2025' }, pub],
    ['a later sentence of the paragraph it opens', review, '7,6%', { value: 7.6, period: '2020/2025' }, pub],
    ['a year the paragraph names dates its own figure', review, '78 triệu', { value: 78e6, period: '2025' }, pub],
    ['mid-term, "nhiệm kỳ qua" is the running term', running, '412', { value: 412, period: '2020/2025' }, { published: '2023-06-20' }],
  ]);
});
