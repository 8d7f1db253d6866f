// How report-shaped text dates and qualifies its figures: list headings, data notes, yardsticks, interviews,
// national articles, topic months, seasons. One behaviour per case.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = (published: string) => ({ published });

describe('list headings govern their items', () => {
  const estimates = 'Ước thực hiện 9 tháng năm 2025:\n\n- Thu ngân sách: 4.856 tỷ đồng, + 10,70%\n- Kim ngạch xuất khẩu: 512,4 triệu USD';
  const plans = 'Nhiệm vụ 6 tháng cuối năm 2024, tỉnh phấn đấu:\n\n- Tăng trưởng GRDP đạt 11 - 12%\n- Thu ngân sách đạt 8.900 tỷ đồng';
  const actuals = 'Thu ngân sách ước đạt 5,08%. Một số chỉ tiêu chủ yếu 9 tháng năm 2023:\n\n- Thu ngân sách: 4.856 tỷ đồng';
  run([
    ['an estimate heading makes a label line an estimate', estimates, '4.856', { value: 4.856e12, modality: 'estimate' }],
    ['an estimate heading reaches the last item', estimates, '512,4', { value: 512.4e6, modality: 'estimate' }],
    ['a target heading makes a bullet a target', plans, '8.900', { value: 8.9e12, modality: 'target' }],
    ['only the heading sentence counts, not an earlier one on the same line', actuals, '4.856', { value: 4.856e12, modality: 'actual' }],
    ['items under a heading about "kim ngạch" are export values', 'Kim ngạch một số nhóm hàng chủ lực năm 2024 (so với năm 2023):\n- Rau quả: 7,12 tỉ USD (+29,1%)\n- Cà phê: 5,48 tỉ USD (+33%)', '5,48', { value: 5.48e9, indicator: 'export_value' }],
    ['a heading that names the year compared with gives its items that base',
      'Kim ngạch một số nhóm hàng chủ lực năm 2024 (so với năm 2023):\n- Rau quả: 7,12 tỉ USD (+29,1%)\n- Cà phê: 5,48 tỉ USD (+33%)', '33', { value: 33, kind: 'change', base: '2023' }],
    ['a title line over bullets heads them as a colon would', 'Chỉ tiêu chủ yếu năm 2025\n- Thu ngân sách: 980 tỷ đồng;\n- Tỷ lệ hộ nghèo giảm còn dưới 0,15%.', '980', { value: 980e9, period: '2025', modality: 'target' }, pub('2024-12-18')],
    ['a heading that looks to a year not yet begun lists targets',
      'Một số chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ đô thị hóa đạt 45%.\n- Tỷ lệ che phủ rừng đạt 47%.', '45', { value: 45, modality: 'target' }, pub('2025-10-20')],
    ['a heading naming a year already over lists actuals',
      'Một số chỉ tiêu chủ yếu năm 2024:\n- Tỷ lệ đô thị hóa đạt 45%.', '45', { value: 45, modality: 'actual' }, pub('2025-01-20')],
    ['"ước" in one clause does not reach a "như" list in the next',
      'IIP quý I ước tăng 14,2% so với cùng kỳ; một số sản phẩm tăng khá như điện thoại di động tăng 21,3%, ti vi tăng 17,9%.', '21,3', { value: 21.3, modality: 'actual' }],
    ['a "Cụ thể:" heading continues the indicator of the paragraph before it',
      'CPI tháng 9 tăng 1,88% so với tháng 12 năm trước.\n\nTrong 11 nhóm hàng hóa và dịch vụ, có 8 nhóm tăng giá. Cụ thể (so với tháng trước):\n\n- Giáo dục: +1,13%\n- Giao thông: -2,29%',
      '2,29', { value: 2.29, indicator: 'cpi', direction: 'down', base: 'previous_period' }],
  ]);
});

describe('tables copied as lines of cells', () => {
  const table = 'Kết quả một số chỉ tiêu năm 2023:\n\nChỉ tiêu | Kế hoạch | Ước thực hiện | Tỷ lệ\nThu ngân sách nhà nước (tỷ đồng) | 96 | 84,3 | 87,8%\nTỷ lệ hộ nghèo (%) | 1,9 | 1,65 | đạt\nGiải quyết việc làm (lao động) | 2.000 | 2.186 | 109,3%';
  run([
    ['a plan column\'s cell is a target, scaled by the label\'s unit', table, '96', { value: 96e9, unit: 'VND', modality: 'target', indicator: 'budget_revenue' }],
    ['an estimate column\'s cell is an estimate', table, '84,3', { value: 84.3e9, modality: 'estimate', kind: 'level' }],
    ['a ratio column beside a plan is attainment of the plan', table, '87,8', { value: 87.8, kind: 'attainment', base: 'target', modality: 'estimate' }],
    ['a label in percent makes its cells percentages', table, '1,65', { value: 1.65, unit: '%', indicator: 'poverty_rate' }],
    ['a counted label gives its noun', table, '2.186', { value: 2186, unit: 'lao động' }],
  ]);
  it('a table with a numbering column, a unit column and years in its heads', () => {
    const text = 'Kết quả năm 2023:\n\nSTT | Chỉ tiêu | ĐVT | KH 2023 | TH 2023 | So sánh (%)\n1 | Thu ngân sách | tỷ đồng | 96 | 84,3 | 87,8';
    expectFigure(text, '96', { value: 96e9, unit: 'VND', modality: 'target' });
    expectFigure(text, '84,3', { value: 84.3e9, modality: 'actual' });
    expectFigure(text, '87,8', { value: 87.8, kind: 'attainment', base: 'target' });
    expectNoFigureAt(text, '1 | Thu');
  });
  it('a menu line that names a plan is no table heading', () => {
    expectNoFigureAt('Trang chủ | Kinh tế | Kế hoạch\nTin 1 | 25 | 30', '25');
  });
  it('a dateline with a bar is no table', () => {
    expectNoFigureAt('26/12/2024 | 07:30\n\nTiếng Việt | English', '07:30');
  });
});

describe('section headings that name a term', () => {
  const congress = 'Đại hội Đảng bộ huyện Cầu Ngang lần thứ XII\n\nNgày 11/02, Đảng bộ huyện Cầu Ngang long trọng tổ chức Đại hội đại biểu lần thứ XII, nhiệm kỳ 2025 - 2030, đại hội điểm cấp huyện của tỉnh Trà Vinh.\n\n' +
    'Nhiệm kỳ 2020 - 2025 vượt khó đi lên\n\nNhiệm kỳ qua, toàn huyện chuyển đổi hơn 2.100 ha đất lúa kém hiệu quả sang trồng màu.\n\nNăm 2024, sản lượng thủy sản đạt 62.400 tấn.\n\n' +
    'Mục tiêu nhiệm kỳ 2025 - 2030\n\nĐại hội thống nhất 22 chỉ tiêu chủ yếu, trong đó:\n- Tốc độ tăng trưởng giá trị sản xuất bình quân hằng năm từ 8,5 - 9%.';
  run([
    ['a figure under a term\'s heading belongs to the term', congress, '2.100', { value: 2100, period: '2020/2025' }, pub('2025-02-12')],
    ['… unless its paragraph names its own period', congress, '62.400', { value: 62_400, period: '2024' }, pub('2025-02-12')],
    ['under "Mục tiêu nhiệm kỳ …" figures are the next term\'s targets', congress, '8,5', { value: 8.5, period: '2025/2030', modality: 'target' }, pub('2025-02-12')],
    ['an earlier item\'s "đến năm 2030" dates that item alone', congress + '\n- Thu ngân sách trên địa bàn đến năm 2030 đạt 320 tỷ đồng.\n- Mỗi năm kết nạp từ 180 - 200 đảng viên mới.', '180', { value: 180, period: '2025/2030' }, pub('2025-02-12')],
  ]);
  it('a paragraph opening "Nhìn lại nhiệm kỳ 2020 - 2025," dates its figures', () => {
    expectFigure('Đại hội Đảng bộ xã Lai Hòa nhiệm kỳ 2025 - 2030\n\nNhìn lại nhiệm kỳ 2020 - 2025, Đảng bộ xã đã kết nạp 86 đảng viên, vượt 7,5% chỉ tiêu.',
      '86', { value: 86, period: '2020/2025' }, pub('2025-05-10'));
  });
  run([
    ['a level "từ … đầu năm" is where the year before ended', 'Năm 2024, tỷ lệ hộ nghèo giảm từ 2,84% đầu năm xuống còn 2,31%.', '2,84', { value: 2.84, period: '2023' }, pub('2024-12-20')],
    ['… and the level it fell to is the year\'s own', 'Năm 2024, tỷ lệ hộ nghèo giảm từ 2,84% đầu năm xuống còn 2,31%.', '2,31', { value: 2.31, period: '2024' }, pub('2024-12-20')],
    ['"đầu năm 2024" names its year and is not moved', 'Tỷ lệ hộ nghèo giảm từ 2,84% đầu năm 2024 xuống còn 2,31%.', '2,84', { value: 2.84, period: '2024' }, pub('2024-12-20')],
  ]);
  run([
    ['a yearly average covers the years its sentence runs between', 'Tỷ lệ hộ nghèo giảm từ 10,39% năm 2021 xuống còn 2,76% năm 2025, bình quân mỗi năm giảm 1,9%.', '1,9', { value: 1.9, period: '2021/2025' }, pub('2025-10-16')],
    ['… not a figure that is no average', 'Tỷ lệ hộ nghèo giảm từ 10,39% năm 2021 xuống còn 2,76% năm 2025, giảm 7,63 điểm phần trăm.', '7,63', { value: 7.63, period: '2025' }, pub('2025-10-16')],
    ['a yearly target under a horizon is the target of the term ending there', 'Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.\n\nMột số chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ hộ nghèo bình quân mỗi năm giảm 1 - 1,5%.\n- Tỷ lệ đô thị hóa đạt 45%.', '1 - 1,5', { value: 1, period: '2025/2030', modality: 'target' }, pub('2025-10-16')],
    ['… while a target for the horizon year keeps that year', 'Đại hội Đảng bộ tỉnh nhiệm kỳ 2025 - 2030.\n\nMột số chỉ tiêu chủ yếu đến năm 2030:\n- Tỷ lệ hộ nghèo bình quân mỗi năm giảm 1 - 1,5%.\n- Tỷ lệ đô thị hóa đạt 45%.', '45', { value: 45, period: '2030', modality: 'target' }, pub('2025-10-16')],
  ]);
  run([
    ['a rest-of-year target to complete the year\'s plan is the year\'s', 'Chín tháng năm 2024, thu ngân sách đạt 12.500 tỷ đồng.\n\nQuý IV, tỉnh phấn đấu hoàn thành kế hoạch thu ngân sách 20.000 tỷ đồng.', '20.000', { value: 20_000e9, period: '2024', modality: 'target' }, pub('2024-10-05')],
    ['… as is one "vào cuối năm"', 'Sáu tháng đầu năm 2024, tỷ lệ hộ nghèo còn 1,95%, chưa đạt mục tiêu giảm dưới 1,5% vào cuối năm.', '1,5', { value: 1.5, period: '2024', modality: 'target' }, pub('2024-07-05')],
    ['… while a target for the quarter itself keeps the quarter', 'Chín tháng năm 2024, thu ngân sách đạt 12.500 tỷ đồng.\n\nQuý IV, tỉnh phấn đấu thu ngân sách đạt 6.000 tỷ đồng.', '6.000', { value: 6_000e9, period: '2024-Q4', modality: 'target' }, pub('2024-10-05')],
  ]);
  run([
    ['a date right after a target is its deadline ("trước ngày 30/6" → the half)', 'Thị xã phấn đấu quý II tăng trưởng công nghiệp không dưới 12%, giải ngân vốn đầu tư công đạt ít nhất 45% trước ngày 30/6/2025.', '45%', { value: 45, period: '2025-H1', modality: 'target' }, pub('2025-04-10')],
    ['… and leaves the figure before it to the sentence\'s period', 'Thị xã phấn đấu quý II tăng trưởng công nghiệp không dưới 12%, giải ngân vốn đầu tư công đạt ít nhất 45% trước ngày 30/6/2025.', '12%', { value: 12, period: '2025-Q2', modality: 'target' }, pub('2025-04-10')],
  ]);
  describe('a review of a term runs on past the paragraph it opens', () => {
    const review = 'Đại hội Đảng bộ xã Tân Phú Thạnh nhiệm kỳ 2025 - 2030\n\nNhìn lại nhiệm kỳ 2020 - 2025, Đảng bộ xã đạt và vượt 17/19 chỉ tiêu Nghị quyết.\n\n' +
      'Đại biểu bỏ phiếu. Ảnh: H.V\n\nXã có 2.150 ha đất nông nghiệp; năng suất lúa bình quân đạt 68 tạ/ha/vụ.\n\n';
    run([
      ['the next paragraph (past a caption) is still the term\'s', review, '68', { value: 68, period: '2020/2025' }, pub('2025-04-16')],
      ['a paragraph opening with a period of its own is not', `${review}Năm 2024, toàn xã kết nạp 14 đảng viên.`, '14', { value: 14, period: '2024' }, pub('2025-04-16')],
      ['nor those after it (they follow that period)', `${review}Năm 2024, toàn xã kết nạp 14 đảng viên.\n\nXã có 6 hợp tác xã đang hoạt động hiệu quả.`, '6 hợp', { value: 6, period: '2024' }, pub('2025-04-16')],
      ['nor a paragraph after more than three full paragraphs', `${review}${'Các chi bộ duy trì sinh hoạt đều đặn, nền nếp; công tác kiểm tra, giám sát được tăng cường ở tất cả các chi bộ trực thuộc Đảng bộ xã, nhất là việc thực hiện các nghị quyết chuyên đề.\n\n'.repeat(4)}Xã có 6 hợp tác xã đang hoạt động hiệu quả.`, '6 hợp', { value: 6, period: '2025' }, pub('2025-04-16')],
    ]);
  });
  it('a programme\'s "Giai đoạn 2021 - 2023," opening a paragraph does not date its stocks', () => {
    expectFigure('Thị xã Phú Mỹ sơ kết giữa nhiệm kỳ 2020 - 2025.\n\nGiai đoạn 2021 - 2023, công nghiệp tăng bình quân 7,9%/năm; đến nay thị xã có 9 khu công nghiệp.',
      '9 khu', { value: 9, period: '2023' }, pub('2023-08-18'));
  });
  it('a headline naming a term is no section heading', () => {
    expectFigure('THÔNG CÁO BÁO CHÍ: Kết quả thực hiện Đề án giai đoạn 2021 - 2025\n\nNgày 19/6/2024, Sở Y tế tỉnh Hà Giang tổ chức họp báo thông tin kết quả sau hơn ba năm thực hiện Đề án.\n\nĐến nay, toàn tỉnh có 9,8 bác sĩ/vạn dân.',
      '9,8', { value: 9.8, period: '2024' }, pub('2024-06-20'));
  });
});

describe('notes and asides', () => {
  run([
    ['a note that the data are estimates makes the figures after it estimates',
      'Số liệu 9 tháng là số ước tính.\n\nQuy mô GRDP: 471.650 tỷ đồng', '471.650', { value: 471.65e12, modality: 'estimate' }],
    ['a yardstick in brackets is a level of the country',
      'Tỷ lệ tốt nghiệp của thành phố Hà Nội đạt 99,35%, cao hơn bình quân cả nước (99,3%).', '99,3%', { value: 99.3, kind: 'level', locality: 'cả nước', direction: undefined }],
    ['"thấp hơn bình quân chung của tỉnh (18,6%)" is the province\'s level', 'Tỷ lệ hộ nghèo của thị xã là 12,1%, thấp hơn bình quân chung của tỉnh (18,6%).', '18,6', { value: 18.6, kind: 'level', direction: undefined }],
    ['"tỷ lệ chung của cả nước (99,2%)" is the country\'s level',
      'Đắk Lắk đạt tỷ lệ 98,93%, thấp hơn tỷ lệ chung của cả nước (99,2%) 0,27 điểm phần trăm.', '99,2', { value: 99.2, kind: 'level', locality: 'cả nước', direction: undefined }],
    ['the gap after a yardstick\'s bracket is a change in the comparative\'s direction',
      'Đắk Lắk đạt tỷ lệ 98,93%, thấp hơn tỷ lệ chung của cả nước (99,2%) 0,27 điểm phần trăm.', '0,27', { value: 0.27, kind: 'change', direction: 'down' }],
    ['a bracket after a period holds that period\'s figure',
      'GRDP quý II năm 2024 ước tăng 9,5%, cao hơn quý I (tăng 8,35%).', '8,35', { value: 8.35, period: '2024-Q1', modality: 'actual' }],
  ]);
  it('a class described by a weight is not a figure', () => {
    expectNoFigureAt('Cấm xe ô tô tải có tải trọng trên 2,5 tấn lưu thông vào trung tâm thành phố.', '2,5 tấn');
  });
});

describe('who is speaking', () => {
  run([
    ['an official\'s directive quoted after his name is no personal story',
      'Ông Nguyễn Minh Lâm yêu cầu: "6 tháng cuối năm, các ngành phải bám sát 18 chỉ tiêu, phấn đấu thu ngân sách đạt từ 1.100 tỉ đồng trở lên".', '1.100', { value: 1.1e12, modality: 'target', bound: 'at_least' }],
    ['an official answering in an interview still reports',
      'Ông Nguyễn Văn Nam: Đầu năm 2021, toàn tỉnh Đắk Lắk có 62.519 hộ nghèo.', '62.519', { value: 62_519, unit: 'hộ' }],
  ]);
  it('a villager named by where she lives tells a story', () => {
    expectNoFigureAt('Như gia đình chị H\'Linh ở buôn Ea Kmar, năm nay bán 4 tấn cà phê được hơn 400 triệu đồng.', '400 triệu');
  });
});

describe('places and periods of whole articles', () => {
  run([
    ['an article that names no province is about the country',
      'Xuất siêu 11 tháng đạt 24,3 tỷ USD\n\nViệt Nam xuất siêu 24,3 tỷ USD trong 11 tháng năm 2024.', 'siêu 24,3', { value: 24.3e9, locality: 'cả nước' }],
    ['a month that opens a sentence dates the rest of its paragraph',
      'Cũng trong tháng 10, chỉ số sản xuất công nghiệp tăng 7,6%. Lượng khách du lịch giảm còn 390 nghìn lượt.', '390', { value: 390_000, period: '2024-M10' }, pub('2024-11-02')],
    ['"vụ … năm nay" is the season named before',
      'Kiên Giang thu hoạch lúa vụ Đông Xuân 2023 - 2024. Diện tích xuống giống vụ Đông Xuân năm nay vượt 3,4% kế hoạch.', '3,4', { value: 3.4, period: '2023/2024' }, pub('2024-03-20')],
    ['a plan\'s year dates its own sentence only',
      'Kết quả 6 tháng đầu năm 2024 khả quan. Về chỉ tiêu Nghị quyết năm 2024, có 20 chỉ tiêu/21 chỉ tiêu dự kiến đạt.\n\nGiải ngân vốn đầu tư công đạt 31,2% kế hoạch.',
      '31,2', { value: 31.2, period: '2024-H1' }],
    ['a comparison year is a base, not the period',
      'Năm 2024, Bình Dương thu hút 2,05 tỷ USD vốn FDI, gấp 1,5 lần năm 2023. Quy mô GRDP đạt 484 ngàn tỷ đồng.', '484', { value: 484e12, period: '2024' }],
  ]);
});

describe('what is not a statistic', () => {
  it('one incident with a clock time is news, not a figure', () => {
    expectNoFigureAt('Khoảng 14 giờ ngày 14/11, tại km 12 Quốc lộ 1A, xe tải va chạm với xe máy làm 2 người chết.', '2 người');
  });
  it('a household\'s children are not livestock', () => {
    expectNoFigureAt('Toàn xã có 120 hộ nghèo. Gia đình có 2 con đang học đại học nên cần hỗ trợ thêm.', '2 con');
  });
  it('humidity in a weather line is not a figure', () => {
    expectNoFigureAt('Thời tiết hôm nay: nhiệt độ cao nhất 35 độ C, độ ẩm 80%.', '80%');
  });
});

describe('page furniture', () => {
  const page = 'Thu ngân sách đạt 1.052 tỷ đồng.\n\nXem thêm:\nLào Cai: 3.000 học sinh vùng cao được hỗ trợ thẻ BHYT\nSa Pa đón 2,6 triệu lượt khách trong 9 tháng\n\nChia sẻ bài viết';
  it('related headlines under "Xem thêm" are not this article\'s figures', () => {
    expectNoFigureAt(page, '2,6 triệu');
  });
  run([['the article above them still counts', page, '1.052', { value: 1.052e12 }]]);
  it('a number inside a quoted programme name is not a figure', () => {
    expectNoFigureAt('Hà Nội tiếp tục triển khai Đề án “1 triệu học sinh biết bơi”.', '1 triệu');
  });
  it('a reported count needs no verb list: "tạm giữ 1.920 phương tiện"', () => {
    expectFigure('Lực lượng chức năng đã tạm giữ 1.920 phương tiện vi phạm.', '1.920', { value: 1920, unit: 'phương tiện' });
  });
  it('places named by their geography are described, not counted', () => {
    expectNoFigureAt('Tỉnh ưu tiên đầu tư cho 3 huyện ven biển để phát triển kinh tế biển.', '3 huyện');
  });
});

describe('a compared period in brackets', () => {
  run([
    ['"cao hơn năm 2023 (6,71%)" is 2023\'s own level', 'Tăng trưởng GRDP năm 2024 ước đạt 7,05%, cao hơn năm 2023 (6,71%).', '6,71',
      { value: 6.71, kind: 'level', period: '2023', modality: 'actual', direction: undefined }],
  ]);
});

describe('lists and units that pick the indicator', () => {
  const sectors = 'Giá trị sản xuất 9 tháng ước đạt 10.862 tỷ đồng. Trong đó, giá trị sản xuất công nghiệp - xây dựng đạt 6.215 tỷ đồng, tăng 11,3%; thương mại - dịch vụ 3.740 tỷ đồng; nông nghiệp 907 tỷ đồng, giảm 1,2%.';
  run([
    ['a sector word in its clause picks that sector\'s output value', sectors, '907', { value: 907e9, indicator: 'agricultural_output_value' }],
    ['the first sector keeps its own', sectors, '6.215', { value: 6.215e12, indicator: 'industrial_output_value' }],
    ['tonnes are output, not area', 'Diện tích gieo trồng lúa 280.000 ha, sản lượng lúa đạt 1,6 triệu tấn.', '1,6', { value: 1.6e6, indicator: 'rice_output' }],
    ['"lượt khách quốc tế" is read whole', 'Tỉnh đón 8,5 triệu lượt khách, trong đó 2,5 triệu lượt khách quốc tế.', '2,5', { value: 2.5e6, indicator: 'international_tourist_arrivals' }],
    ['"có thể đạt" is an estimate', 'Theo chuyên gia, xuất khẩu cả năm có thể đạt 400 - 405 tỷ USD.', '400', { value: 400e9, high: 405e9, modality: 'estimate' }],
    ['"phấn đấu" after a year still sets a target', 'Toàn vùng năm 2024 phấn đấu gieo trồng 2.952,5 nghìn ha lúa.', '2.952,5', { value: 2_952_500, modality: 'target' }],
    ['"đạt từ 70%" after a count of targets is a threshold, not a status',
      'Có 9 chỉ tiêu đạt từ 70% kế hoạch trở lên.', '9 chỉ tiêu', { value: 9, status: undefined }],
  ]);
});

describe('late rules', () => {
  run([
    ['a share of people doing something is that rate', 'Toàn huyện có 91,8% dân số tham gia bảo hiểm y tế.', '91,8', { value: 91.8, indicator: 'health_insurance_coverage' }],
    ['a bound may follow the plan\'s name', 'Phấn đấu giải ngân vốn đầu tư công đạt từ 95% kế hoạch trở lên.', '95', { value: 95, bound: 'at_least' }],
    ['"huyện thống nhất các chỉ tiêu" is a verb, not a district',
      'Năm 2025, HĐND huyện Tuy An thông qua nghị quyết. HĐND huyện thống nhất các chỉ tiêu chủ yếu: thu ngân sách 265 tỷ đồng.', '265', { value: 265e9, locality: 'huyện Tuy An' }],
    ['"so với năm trước" is the year before', 'Năm 2024, phạm pháp hình sự giảm 6 vụ so với năm trước.', '6 vụ', { value: 6, base: '2023' }],
    ['money per head is per person per year', 'Thu nhập bình quân đầu người năm 2024 đạt 118 triệu đồng.', '118', { value: 118e6, unit: 'VND/người/năm' }],
  ]);
});
