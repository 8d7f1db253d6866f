// "Nhìn lại nhiệm kỳ 2020 - 2025, …" at a congress that opens the next term, then in a later paragraph "Giá trị sản
// xuất tăng bình quân 6,9%/năm", "Hằng năm có trên 90% tổ chức cơ sở đảng …": an average per year carried on from a
// term's review is that term's, not the publication's year. Pattern from holdout13.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2025-08-22' };
const congress = 'Đại hội Đảng bộ xã lần thứ I, nhiệm kỳ 2025 - 2030\n\nNgày 21-8, Đảng bộ xã tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n' +
  'Xã được thành lập trên cơ sở sắp xếp ba xã. Nhìn lại nhiệm kỳ 2020 - 2025, Đảng bộ các xã đã lãnh đạo thực hiện đạt và vượt 18/20 chỉ tiêu nghị quyết.\n\n' +
  'Giá trị sản xuất trên địa bàn tăng bình quân 6,9%/năm. Thu nhập bình quân đầu người năm 2025 ước đạt 72 triệu đồng.';
const annual = 'Năm 2024, giá trị sản xuất của huyện tăng 7,1%.\n\nTrong nhiệm kỳ 2020 - 2025, huyện đã xây dựng 12 trường đạt chuẩn.\n\nNăm 2024, vốn đầu tư bình quân mỗi năm tăng 5,2%.';

describe('a yearly average after a term\'s review', () => {
  run([
    ['"%/năm" in the next paragraph is the reviewed term\'s', congress, '6,9%', { value: 6.9, period: '2020/2025' }, pub],
    ['a level with its own year keeps it', congress, '72 triệu', { period: '2025' }, pub],
    ['a paragraph that opens with its own year keeps that year', annual, '5,2%', { value: 5.2, period: '2024' }, { published: '2025-01-10' }],
    ['"Xét trong cả giai đoạn …" reviews that stretch too', 'Đến năm 2021, GRDP của thành phố tăng 12,38%.\n\nXét trong cả giai đoạn 2017 - 2021, Hải Phòng là địa phương tăng trưởng cao nhất. Cụ thể, tăng trưởng GRDP của Hải Phòng đạt khoảng 14,16%/năm.', '14,16%', { period: '2017/2021' }, { published: '2022-09-24' }],
  ]);
});
