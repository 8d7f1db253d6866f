// What a figure says: kind, direction and base of a change, attainment of a plan, status of targets, modality.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt, figuresIn, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });

describe('change: direction and base', () => {
  run([
    ['tăng X% is a change up', 'Thu ngân sách tăng 18%.', '18', { value: 18, kind: 'change', direction: 'up' }],
    ['giảm X% is a change down', 'Giá trị sản xuất nông nghiệp giảm 2,2%.', '2,2', { value: 2.2, kind: 'change', direction: 'down' }],
    ['kéo giảm X% is a change down', 'Phấn đấu kéo giảm 5% số vụ tai nạn giao thông.', '5%', { value: 5, kind: 'change', direction: 'down' }],
    ['a change without "so với" has no base', 'Kim ngạch nhập khẩu giảm 4,1%.', '4,1', { value: 4.1, base: undefined }],
    ['so với cùng kỳ is same_period', 'Đảng viên vi phạm tăng cao 146% so với cùng kỳ.', '146', { value: 146, base: 'same_period' }],
    ['"so với tháng 12/2024" is the end of that year', 'CPI tháng 10/2025 tăng 1,58% so với tháng 12/2024.', '1,58', { value: 1.58, base: '2024' }],
    ['"giảm phát thải" names a process, not a fall', 'Diện tích sản xuất theo quy trình giảm phát thải khoảng 45.000 ha.', '45.000', { value: 45_000, kind: 'level', direction: undefined }],
    ['a year put before the changes it measures is their base', 'Tai nạn giao thông xảy ra 9 vụ, làm chết 7 người, so với năm 2022 giảm 3 vụ, giảm 2 người chết.', '2 người', { value: 2, kind: 'change', direction: 'down', base: '2022' }],
    ['"so với cùng kỳ" put before a row of changes is the base of each', 'Xảy ra 5 vụ tai nạn giao thông, làm chết 4 người, so với cùng kỳ giảm 2 vụ, tăng 1 người chết.', '1 người', { value: 1, kind: 'change', direction: 'up', base: 'same_period' }],
    ['… of the third one too, after "và"', 'So với cùng kỳ giảm 19 vụ, giảm 12 người chết và giảm 9 người bị thương.', '9 người', { value: 9, kind: 'change', direction: 'down', base: 'same_period' }],
    ['… but not across a semicolon', 'Xảy ra 5 vụ tai nạn, so với cùng kỳ giảm 2 vụ; riêng tháng này tăng 1 người chết.', '1 người', { value: 1, kind: 'change', direction: 'up', base: undefined }],
    ['a plan put first in its sentence is the base of the share after it', 'Nếu so với kế hoạch Thủ tướng Chính phủ giao, tỷ lệ giải ngân đạt 58,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%).', '58,33', { value: 58.33, kind: 'attainment', base: 'target' }],
    ['a comparison set off after a level keeps its base to itself', 'Tỷ lệ giải ngân đạt 58,33%, thấp hơn so với cùng kỳ năm 2021 (63,86%).', '58,33', { value: 58.33, kind: 'level', base: undefined }],
    ['… while "bằng X% so với cùng kỳ" right after stays an index', 'Lượng khách bằng 72% so với cùng kỳ năm 2019.', '72%', { value: 72, kind: 'attainment', base: 'same_period' }],
    ['a second change after the first one\'s base shares its verb', 'Chỉ số IIP tháng 9 tăng 4,2% so với tháng trước và 31,6% so với cùng kỳ.', '31,6', { value: 31.6, kind: 'change', direction: 'up', base: 'same_period' }],
    ['the quarter just before is previous_period', 'GRDP quý I/2025 tăng 3,1% so với quý IV/2024.', '3,1', { value: 3.1, base: 'previous_period' }],
    ['"so với quý II" from a third quarter is previous_period', 'Vốn FDI quý III/2024 tăng 1,8 lần so với quý II.', '1,8', { value: 1.8, base: 'previous_period' }],
    ['the month just before, written with its year, is previous_period', 'Riêng trong tháng 3/2021, kim ngạch xuất khẩu cà phê đạt 34,6 triệu USD, tăng 7,3% so với tháng 2-2021.', '7,3', { value: 7.3, base: 'previous_period' }],
    ['the same month a year before stays same_period', 'Riêng trong tháng 3/2021, kim ngạch xuất khẩu cà phê đạt 34,6 triệu USD, tăng 7,3% so với tháng 3-2020.', '7,3', { value: 7.3, base: 'same_period' }],
    ['the same quarter a year before stays same_period', 'GRDP quý I/2025 tăng 7,2% so với quý I/2024.', '7,2', { value: 7.2, base: 'same_period' }],
    ['"so với cùng vụ" is same_period', 'Năng suất lúa giảm 0,6% so với cùng vụ.', '0,6', { value: 0.6, base: 'same_period' }],
    ['the same season a year earlier is same_period', 'Năng suất lúa Hè Thu 2025 đạt 60,8 tạ/ha, tăng 1,2 tạ/ha so với vụ Hè Thu năm 2024.', '1,2', { value: 1.2, base: 'same_period' }],
    ['… also "vụ Đông Xuân năm trước"', 'Năng suất đạt 66,2 tạ/ha, tăng 1,4 tạ/ha so với vụ Đông Xuân năm trước.', '1,4', { value: 1.4, base: 'same_period' }],
    ['so cùng kỳ without "với" is same_period', 'Lượng khách tăng 26,5% so cùng kỳ.', '26,5', { value: 26.5, base: 'same_period' }],
    ['changes listed one after another share the base stated after the last', 'Tai nạn giao thông giảm 4 vụ, số người chết giảm 3 người so với năm 2023.', '4 vụ', { value: 4, direction: 'down', base: '2023' }],
    ['… over three of them', 'Số vụ giảm 12,5%, số người chết giảm 4 người, số người bị thương giảm 9 người so với năm 2022.', '12,5', { value: 12.5, direction: 'down', base: '2022' }],
    ['a change followed by a level takes no base from after the level', 'Tai nạn giao thông giảm 4 vụ, tỷ lệ điều tra khám phá đạt 88,7% so với kế hoạch.', '4 vụ', { value: 4, direction: 'down', base: undefined }],
    ['a change in the clause before a semicolon takes no base from the next', 'Tai nạn giao thông giảm 4 vụ; số người chết giảm 3 người so với năm 2023.', '4 vụ', { value: 4, direction: 'down', base: undefined }],
    ['capital added to FDI projects is an amount, not a change', 'Có 38 lượt dự án điều chỉnh tăng vốn thêm 226,9 triệu USD.', '226,9', { value: 226.9e6, kind: 'level', direction: undefined }],
    ['… as is "số vốn tăng thêm"', 'Điều chỉnh tăng vốn cho 58 lượt dự án với số vốn tăng thêm 422,6 triệu USD.', '422,6', { value: 422.6e6, kind: 'level', direction: undefined }],
    ['… while revenue "tăng thêm" is a change', 'Thu ngân sách tăng thêm 50 tỷ đồng so với năm 2023.', '50', { value: 50e9, kind: 'change', direction: 'up' }],
    ['so với cùng kỳ năm 2022 is same_period, not the year', 'Tội phạm tăng 7,4% so với cùng kỳ năm 2022.', '7,4', { value: 7.4, base: 'same_period' }],
    ['so với tháng trước is previous_period', 'CPI tháng 9 tăng 0,46% so với tháng trước.', '0,46', { value: 0.46, base: 'previous_period' }],
    ['so với quý trước is previous_period', 'Chỉ số IIP giảm 2,1% so với quý trước.', '2,1', { value: 2.1, direction: 'down', base: 'previous_period' }],
    ['so với năm 2022 is the year', 'Thu ngân sách tăng 30,43% so với năm 2022.', '30,43', { value: 30.43, base: '2022' }],
    ['so với năm trước is the year before (a year, as the spec writes bases)', 'CPI bình quân năm 2023 tăng 3,25% so với năm trước.', '3,25', { value: 3.25, base: '2022' }],
    ['so với tháng trước is previous_period', 'CPI tháng 9 tăng 0,29% so với tháng trước.', '0,29', { value: 0.29, base: 'previous_period' }],
    ['so với cùng kỳ năm trước is same_period', 'GDP quý IV tăng 6,72% so với cùng kỳ năm trước.', '6,72', { value: 6.72, base: 'same_period' }],
    ['so với kế hoạch is target', 'Sản lượng tăng 25% so với kế hoạch.', '25', { value: 25, kind: 'change', base: 'target' }],
    ['a count that went down', 'Tai nạn giao thông giảm 7 vụ so với cùng kỳ.', '7', { value: 7, kind: 'change', direction: 'down', unit: 'vụ' }],
    ['a count that went up', 'Số người bị thương tăng 3 người.', '3', { value: 3, kind: 'change', direction: 'up' }],
    ['gấp X lần cùng kỳ has base same_period', 'Khách quốc tế đạt 109.300 lượt, gấp 2,3 lần cùng kỳ.', '2,3', { value: 2.3, base: 'same_period' }],
  ]);
});

describe('exceeding a plan', () => {
  run([
    ['vượt X% kế hoạch is a change up', 'Diện tích gieo trồng vượt 0,27% kế hoạch.', '0,27', { value: 0.27, kind: 'change', direction: 'up' }],
    ['vượt X% kế hoạch has base target', 'Diện tích gieo trồng vượt 0,27% kế hoạch.', '0,27', { value: 0.27, base: 'target' }],
    ['vượt X% kế hoạch has status exceeded', 'Diện tích gieo trồng vượt 0,27% kế hoạch.', '0,27', { value: 0.27, status: 'exceeded' }],
    ['vượt X% dự toán is exceeded against target', 'Thu ngân sách ước đạt 10.216 tỷ đồng, vượt 2,3% dự toán.', '2,3', { value: 2.3, base: 'target', status: 'exceeded' }],
    ['tăng X% so với kế hoạch is exceeded', 'Sản lượng tăng 25% so với kế hoạch.', '25', { value: 25, status: 'exceeded' }],
  ]);
});

describe('levels reached by a move', () => {
  run([
    ['"còn" after a change by an amount is a plain level', 'Tỷ lệ hộ nghèo giảm 0,42 điểm phần trăm, còn 1,1%.', '1,1', { value: 1.1, kind: 'level', direction: undefined }],
    ['giảm còn is a level with direction down', 'Tỷ lệ hộ nghèo giảm còn 0,69%.', '0,69', { value: 0.69, kind: 'level', direction: 'down' }],
    ['xuống còn is a level with direction down', 'Tỷ lệ hộ nghèo xuống còn 1,02%.', '1,02', { value: 1.02, kind: 'level', direction: 'down' }],
    ['còn alone is a level without direction', 'Toàn huyện còn 5.404 hộ nghèo.', '5.404', { value: 5404, kind: 'level', direction: undefined }],
    ['tăng lên is a level with direction up', 'Tỷ lệ đô thị hóa tăng lên 40,2%.', '40,2', { value: 40.2, kind: 'level', direction: 'up' }],
    ['nâng tổng số lên is a level with direction up', 'Có thêm ba xã đạt chuẩn, nâng tổng số lên 135/138 xã.', '135', { value: 135, kind: 'ratio', direction: 'up' }],
  ]);
  const fromTo = 'Tỷ lệ hộ nghèo giảm từ 19,26% (năm 2015) xuống còn 7,97% (năm 2022).';
  run([
    ['giảm từ A xuống còn B: A is a level without direction', fromTo, '19,26', { value: 19.26, kind: 'level', direction: undefined }],
    ['giảm từ A xuống còn B: B is a level with direction down', fromTo, '7,97', { value: 7.97, kind: 'level', direction: 'down' }],
    ['giảm từ A (năm X): A takes its own year', fromTo, '19,26', { value: 19.26, period: '2015' }],
    ['xuống còn B (năm Y): B takes its own year', fromTo, '7,97', { value: 7.97, period: '2022' }],
  ]);
});

describe('attainment of a plan', () => {
  run([
    ['đạt X% chỉ tiêu NQ is attainment against target', 'Thu ngân sách đạt 126,82% chỉ tiêu NQ.', '126,82', { value: 126.82, kind: 'attainment', base: 'target' }],
    ['đạt X% chỉ tiêu Nghị quyết is attainment', 'Thu ngân sách đạt 126,82% chỉ tiêu Nghị quyết.', '126,82', { value: 126.82, kind: 'attainment', base: 'target' }],
    ['bằng X% KH năm is attainment', 'Giá trị sản xuất bằng 76,7% KH năm.', '76,7', { value: 76.7, kind: 'attainment', base: 'target' }],
    ['đạt X% dự toán is attainment', 'Thu ngân sách đạt 93,97% dự toán.', '93,97', { value: 93.97, kind: 'attainment', base: 'target' }],
    ['đạt X% kế hoạch is attainment', 'Giải quyết việc làm đạt 51,9% kế hoạch.', '51,9', { value: 51.9, kind: 'attainment', base: 'target' }],
    ['đạt X% so với NQ is attainment', 'Xây dựng xã nông thôn mới nâng cao đạt 66,67% so với NQ.', '66,67', { value: 66.67, kind: 'attainment', base: 'target' }],
    ['chỉ đạt X% so với nghị quyết is attainment', 'Tổng giá trị sản xuất chỉ đạt 99,13% so với nghị quyết.', '99,13', { value: 99.13, kind: 'attainment', base: 'target' }],
    ['bằng X% so với cùng kỳ is attainment against same_period', 'Sản lượng lúa bằng 85,2% so với cùng kỳ.', '85,2', { value: 85.2, kind: 'attainment', base: 'same_period' }],
    ['chiếm X% is a level', 'Lao động địa phương chiếm 41,5%.', '41,5', { value: 41.5, kind: 'level', base: undefined }],
    ['đạt X% tổng vốn đăng ký is a level', 'Vốn thực hiện đạt 39,4% tổng vốn đăng ký.', '39,4', { value: 39.4, kind: 'level', base: undefined }],
    ['đạt X% with no plan word is a level', 'Tỷ lệ tham gia bảo hiểm y tế đạt 93,1%.', '93,1', { value: 93.1, kind: 'level', base: undefined }],
  ]);
});

describe('status of targets and criteria', () => {
  run([
    ['"nhiệm kỳ" between a count of targets and its status', 'Đại hội Đảng bộ huyện lần thứ XII: 19/21 chỉ tiêu nhiệm kỳ đạt và vượt.', '19/21', { value: 19, status: 'achieved' }],
    ['đạt và vượt after a ratio of targets is achieved', 'Có 34/43 chỉ tiêu đạt và vượt.', '34/43', { value: 34, status: 'achieved' }],
    ['đạt và vượt before a ratio of targets is achieved', 'Huyện thực hiện đạt và vượt 18/18 chỉ tiêu NQ đề ra.', '18/18', { value: 18, status: 'achieved' }],
    ['xấp xỉ đạt is nearly', 'Có 3/43 chỉ tiêu xấp xỉ đạt.', '3/43', { value: 3, status: 'nearly' }],
    ['chưa đạt is not_achieved', 'Có 4/43 chỉ tiêu chưa đạt.', '4/43', { value: 4, status: 'not_achieved' }],
    ['không đạt is not_achieved', 'Năm 2023 có 1 chỉ tiêu không đạt.', '1 chỉ tiêu', { value: 1, status: 'not_achieved' }],
    ['sẽ được thống kê, đánh giá is pending', 'Có 2/43 chỉ tiêu sẽ được thống kê, đánh giá vào cuối năm.', '2/43', { value: 2, status: 'pending' }],
    ['chưa có kết quả is pending', 'Trong 19 chỉ tiêu (có 1 chỉ tiêu chưa có kết quả đánh giá).', '1 chỉ tiêu', { value: 1, status: 'pending' }],
    ['vượt after a count of targets is exceeded', 'Trong đó có 10 chỉ tiêu vượt Nghị quyết đề ra.', '10', { value: 10, status: 'exceeded' }],
    ['đạt before a ratio of criteria is achieved', 'Xã Mỹ Hạnh Nam đạt 9/9 tiêu chí.', '9/9', { value: 9, status: 'achieved' }],
    ['đạt before a count of targets is achieved', 'Thị xã đã thực hiện đạt 15 chỉ tiêu.', '15', { value: 15, status: 'achieved' }],
    ['no status on a count of communes', 'Đến nay, huyện có 12/17 xã đạt chuẩn NTM.', '12/17', { value: 12, status: undefined }],
    ['no status on a single figure said to beat the plan', 'Thu ngân sách đạt 1.652 tỉ đồng, vượt kế hoạch.', '1.652', { value: 1.652e12, status: undefined }],
  ]);
});

describe('modality', () => {
  run([
    ['ước đạt is estimate', 'Tăng trưởng GRDP ước đạt 3,4%.', '3,4', { value: 3.4, modality: 'estimate' }],
    ['ước tính is estimate', 'Dân số trung bình ước tính 100,3 triệu người.', '100,3', { value: 100.3e6, modality: 'estimate' }],
    ['dự kiến is estimate', 'Tỷ lệ hộ nghèo dự kiến giảm còn 3,8%.', '3,8', { value: 3.8, modality: 'estimate' }],
    ['sơ bộ is estimate', 'Sơ bộ năm 2023, GRDP tăng 5,2%.', '5,2', { value: 5.2, modality: 'estimate' }],
    ['phấn đấu is target', 'Năm 2024, phấn đấu thu ngân sách đạt 1.700 tỉ đồng.', '1.700', { value: 1.7e12, modality: 'target' }],
    ['mục tiêu is target', 'Mục tiêu năm 2024 tăng trưởng GRDP đạt 7,5%.', '7,5', { value: 7.5, modality: 'target' }],
    ['"chương trình mục tiêu quốc gia" is a programme\'s name, no target', 'Riêng vốn 3 chương trình mục tiêu quốc gia mới giải ngân 287 tỷ đồng, bằng 31,6% kế hoạch.', '287', { value: 287e9, modality: 'actual' }],
    ['what stands now ("hiện mới đạt") after a target in its sentence is actual', 'Chủ tịch yêu cầu phấn đấu 6 tháng đạt trên 60% dự toán; đẩy nhanh giải ngân vốn đầu tư công, hiện mới đạt 14,5% kế hoạch vốn.', '14,5', { value: 14.5, modality: 'actual' }],
    ['a directive governs the rest of its sentence', 'Thiếu tướng đề nghị Công an tỉnh nâng tỷ lệ điều tra khám phá đạt trên 85%, án rất nghiêm trọng trên 95%, kéo giảm tai nạn giao thông từ 5 - 10%.', '95', { value: 95, modality: 'target' }],
    ['a payment requested is no directive', 'Khám, chữa bệnh BHYT cho 1,05 triệu lượt người với số tiền đề nghị thanh toán gần 812 tỷ đồng.', '812', { value: 812e9, modality: 'actual' }],
    ['a directive does not cross a semicolon', 'Xã Hòa Phú đang hoàn thiện hồ sơ đề nghị xét công nhận; xã Hòa Tiến đạt 17/19 tiêu chí.', '17/19', { value: 17, modality: 'actual' }],
    ['theo kế hoạch for a future year is target', 'Theo kế hoạch, năm 2024 thu ngân sách 14.020 tỷ đồng.', '14.020', { value: 14.02e12, modality: 'target' }, { published: '2023-12-20' }],
    ['NQ in parentheses is the target', 'Giá trị sản xuất nông nghiệp giảm 2,2% (NQ tăng 2%).', '2%)', { value: 2, modality: 'target', direction: 'up' }],
    ['the result beside it stays actual', 'Giá trị sản xuất nông nghiệp giảm 2,2% (NQ tăng 2%).', '2,2', { value: 2.2, modality: 'actual' }],
    ['a plain past result is actual', 'Năm 2022, thu ngân sách đạt 1.400 tỉ đồng.', '1.400', { value: 1.4e12, modality: 'actual' }],
    ['ước governs the figures after it in its clause', 'Kim ngạch xuất khẩu ước đạt 780 triệu USD, tăng 12,3% so với cùng kỳ.', '12,3', { value: 12.3, modality: 'estimate' }],
    ['ước stops at a semicolon', 'Kim ngạch xuất khẩu ước đạt 780 triệu USD; kim ngạch nhập khẩu 305 triệu USD.', '305', { value: 305e6, modality: 'actual' }],
    ['a figure naming its own earlier period stays actual', 'Tăng trưởng GRDP ước đạt 5,12%, cao hơn mức 3,4% của cùng kỳ năm 2023.', '3,4', { value: 3.4, modality: 'actual' }],
  ]);
  const heading = 'Các chỉ tiêu chủ yếu năm 2024, như: tổng thu ngân sách 186 tỷ đồng; giải quyết việc làm cho 870 lao động; kết nạp 60 đảng viên mới.';
  // Published in December 2023, so "năm 2024" is a future period.
  const dec2023 = { published: '2023-12-09' };
  run([
    ['a heading governs the first item of its list', heading, '186', { value: 186e9, modality: 'target' }, dec2023],
    ['a heading governs the last item of its list', heading, '60', { value: 60, modality: 'target' }, dec2023],
    ['items of the list take the heading year', heading, '870', { value: 870, period: '2024' }, dec2023],
  ]);
  const respectively = 'Kim ngạch xuất khẩu và nhập khẩu quý I lần lượt là 541 triệu USD và 136 triệu USD.';
  run([
    ['lần lượt là: the first value gets the first indicator', respectively, '541', { value: 541e6, indicator: 'export_value' }],
    ['lần lượt là: the second value gets the second indicator', respectively, '136', { value: 136e6, indicator: 'import_value' }],
  ]);
});

describe('colon lines', () => {
  const line = '- Thu ngân sách: 4.856 tỷ đồng, + 10,70%.';
  run([
    ['the amount after the colon is a level', line, '4.856', { value: 4.856e12, kind: 'level', unit: 'VND' }],
    ['the amount takes the label as indicator', line, '4.856', { value: 4.856e12, indicator: 'budget_revenue' }],
    ['the signed percentage is a change up', line, '10,70', { value: 10.7, kind: 'change', direction: 'up' }],
    ['the signed percentage takes the label as indicator', line, '10,70', { value: 10.7, indicator: 'budget_revenue' }],
    ['a line with only a signed percentage', '- Chỉ số sản xuất công nghiệp (IIP): + 6,21%.', '6,21', { value: 6.21, kind: 'change', indicator: 'industrial_production_index' }],
  ]);
  it('a colon line holds exactly two figures', () => {
    expect(figuresIn(line).length).toBe(2);
  });
});

describe('plan-slash lines', () => {
  const herd = 'Tổng đàn trâu, bò ước đạt 16.133 con/KH 16.200-16.500 con.';
  const growth = 'Giá trị sản xuất công nghiệp tăng 18,4%/KH tăng 10-12%.';
  run([
    ['before the slash: the estimate', herd, '16.133', { value: 16_133, modality: 'estimate', unit: 'con' }],
    ['after KH: the target range', herd, '16.200', { value: 16_200, high: 16_500, modality: 'target' }],
    ['a change before the slash stays actual', growth, '18,4', { value: 18.4, kind: 'change', modality: 'actual' }],
    ['a change after /KH is the target', growth, '10-12', { value: 10, high: 12, kind: 'change', modality: 'target' }],
  ]);
  it('a plan-slash line holds exactly two figures', () => {
    expect(figuresIn(herd).length).toBe(2);
  });
  it('the slash does not make a ratio', () => {
    expect(figureAt(herd, '16.133').kind).not.toBe('ratio');
  });
});
