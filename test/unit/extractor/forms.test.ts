// The forms a figure takes: percentages and points, ratios, ranges, money, physical units, rates, multiples, bounds.
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNoFigureAt, figureAt, figuresIn, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });

describe('percentages and percentage points', () => {
  run([
    ['a percentage is a level in %', 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97,5%.', '97,5', { value: 97.5, kind: 'level', unit: '%' }],
    ['a space before the percent sign', 'Tỷ lệ người dân tham gia bảo hiểm y tế đạt 97,5 %.', '97,5', { value: 97.5, unit: '%' }],
    ['"phần trăm" written out is %', 'Chỉ số giá tiêu dùng tăng 5 phần trăm so với cùng kỳ.', '5 phần trăm', { value: 5, unit: '%' }],
    ['"điểm %" is percentage points', 'Tỷ lệ bao phủ bảo hiểm y tế tăng 0,5 điểm % so với cùng kỳ.', '0,5', { value: 0.5, unit: 'điểm %' }],
    ['"điểm phần trăm" is percentage points', 'Tỷ lệ suy dinh dưỡng giảm 1,2 điểm phần trăm.', '1,2', { value: 1.2, unit: 'điểm %' }],
    ['"điểm" alone is a score', 'Chỉ số PCI năm 2023 đạt 64,05 điểm.', '64,05', { value: 64.05, unit: 'điểm' }],
  ]);
  it('the points span holds "điểm %"', () => {
    expect(figureAt('Tỷ lệ hộ nghèo giảm 0,52 điểm % so với năm 2022.', '0,52').text).toBe('0,52 điểm %');
  });
  it('the percentage span holds the sign', () => {
    expect(figureAt('Tỷ lệ hộ nghèo giảm còn 0,69%.', '0,69').text).toBe('0,69%');
  });
});

describe('ratios with the unit after', () => {
  run([
    ['x/y before a counted noun', 'Có 34/43 chỉ tiêu đạt và vượt.', '34/43', { value: 34, of: 43, kind: 'ratio', unit: 'chỉ tiêu' }],
    ['zero numerator', 'Xây dựng công an phường điển hình chưa đạt: 0/1 đơn vị.', '0/1', { value: 0, of: 1, kind: 'ratio', unit: 'đơn vị' }],
    ['numerator above the denominator', 'Xây dựng đạt 16/15 chi bộ ấp, khu phố trong sạch, vững mạnh.', '16/15', { value: 16, of: 15, kind: 'ratio' }],
    ['thousands on both sides and a glued unit', 'Nông dân đã thu hoạch 79.000/171.000ha lúa Hè Thu.', '79.000', { value: 79_000, of: 171_000, kind: 'ratio', unit: 'ha' }],
    ['the noun repeated on both sides', 'Tỉnh đạt và vượt 20 chỉ tiêu/21 chỉ tiêu chủ yếu.', '20 chỉ tiêu', { value: 20, of: 21, kind: 'ratio', unit: 'chỉ tiêu' }],
    ['a ratio of cases', 'Công an đã điều tra làm rõ 512/597 vụ.', '512', { value: 512, of: 597, unit: 'vụ' }],
    ['a ratio of communes', 'Đến nay, huyện có 12/17 xã đạt chuẩn NTM.', '12/17', { value: 12, of: 17, unit: 'xã' }],
    ['a sum out of its whole, both in the scale after the second', 'Năm 2024, thu ngân sách đạt 6.420/21.300 tỷ đồng, bằng 30,1% dự toán.', '6.420', { value: 6.42e12, of: 2.13e13, kind: 'ratio', unit: 'VND', indicator: 'budget_revenue' }],
  ]);
  it('a price per unit is no ratio', () => {
    expect(figureAt('Giá lúa tươi tại ruộng ở mức 7.200 đồng/kg.', '7.200')).toMatchObject({ kind: 'level', unit: 'VND/kg', value: 7200 });
  });
  it('the ratio span holds the counted noun', () => {
    expect(figureAt('Có 34/43 chỉ tiêu đạt và vượt.', '34/43').text).toBe('34/43 chỉ tiêu');
  });
});

describe('ranges', () => {
  run([
    ['spaced dash between two numbers sharing %', 'Phấn đấu tốc độ tăng trưởng GRDP đạt 8 - 9%.', '8 - 9', { value: 8, high: 9, unit: '%' }],
    ['unspaced dash', 'Giá trị sản xuất công nghiệp tăng 8,4%/KH tăng 10-12%.', '10-12', { value: 10, high: 12, unit: '%' }],
    ['percent on both ends', 'Tốc độ tăng trưởng GRDP từ 6,5% - 7%.', '6,5%', { value: 6.5, high: 7, unit: '%' }],
    ['từ … đến …', 'Tỷ lệ hộ nghèo giảm từ 1,3% đến 1,5%.', '1,3%', { value: 1.3, high: 1.5, unit: '%' }],
    ['a scale after the upper end applies to both', 'Tạo việc làm cho 1,5-1,6 triệu lao động.', '1,5', { value: 1_500_000, high: 1_600_000, unit: 'lao động' }],
    ['a range of head counts with thousands', 'Tổng đàn trâu, bò đạt 16.133 con/KH 16.200-16.500 con.', '16.200', { value: 16_200, high: 16_500, unit: 'con' }],
    ['từ before a range of people', 'Mỗi năm kết nạp từ 120 - 150 đảng viên.', '120', { value: 120, high: 150, unit: 'đảng viên' }],
    ['a range of prices per kilogram', 'Giá lúa tươi dao động từ 6.800 - 7.200 đồng/kg.', '6.800', { value: 6800, high: 7200, unit: 'VND/kg' }],
  ]);
  it('a single number has no high', () => {
    expect(figureAt('Tốc độ tăng trưởng GRDP đạt 9%.', '9%').high).toBeUndefined();
  });
});

describe('money', () => {
  run([
    ['đồng is VND', 'Tổng thu ngân sách địa phương 186 tỷ đồng.', '186', { value: 186e9, unit: 'VND' }],
    ['VNĐ is VND', 'Tổng vốn đăng ký 150 tỷ VNĐ.', '150', { value: 150e9, unit: 'VND' }],
    ['USD with a scale', 'Kim ngạch xuất khẩu ước đạt 780 triệu USD.', '780', { value: 780e6, unit: 'USD' }],
    ['USD without a scale', 'Dự án được tài trợ 4.284 USD.', '4.284', { value: 4284, unit: 'USD' }],
    ['per-capita GDP in USD is per person per year', 'GDP bình quân đầu người đạt 4.284 USD.', '4.284', { value: 4284, unit: 'USD/người/năm' }],
  ]);
  it('the money span holds scale and unit', () => {
    expect(figureAt('Thu ngân sách đạt 1.400 tỉ đồng.', '1.400').text).toBe('1.400 tỉ đồng');
  });
});

describe('physical units', () => {
  run([
    ['hectares', 'Diện tích gieo trồng lúa cả năm 31.450 ha.', '31.450', { value: 31_450, unit: 'ha' }],
    ['hectares glued to the number', 'Diện tích gieo trồng lúa cả năm 31.450ha.', '31.450', { value: 31_450, unit: 'ha' }],
    ['tonnes', 'Sản lượng lúa ước đạt 172.800 tấn.', '172.800', { value: 172_800, unit: 'tấn' }],
    ['quintals per hectare', 'Năng suất bình quân 62,4 tạ/ha.', '62,4', { value: 62.4, unit: 'tạ/ha' }],
    ['kilometres', 'Toàn tỉnh đã xây dựng 120 km đê biển.', '120', { value: 120, unit: 'km' }],
    ['square kilometres', 'Dự án bảo vệ 52 km2 đất sản xuất ven biển.', '52', { value: 52, unit: 'km2' }],
  ]);
});

describe('per-unit rates', () => {
  run([
    ['money per person per year', 'Thu nhập bình quân đầu người đạt 72 triệu đồng/người/năm.', '72', { value: 72e6, unit: 'VND/người/năm' }],
    ['doctors per ten thousand people', 'Phấn đấu đạt 10 bác sĩ/vạn dân.', '10', { value: 10, unit: 'bác sĩ/vạn dân' }],
    ['beds "trên 1 vạn dân"', 'Toàn tỉnh có 32 giường bệnh trên 1 vạn dân.', '32', { value: 32, unit: 'giường bệnh/vạn dân' }],
    ['a range of money per hectare', 'Nông dân có lợi nhuận 25 - 30 triệu đồng/ha.', '25', { value: 25e6, high: 30e6, unit: 'VND/ha' }],
    ['a rate per population named before the number keeps its denominator',
      'Số bác sĩ trên 1 vạn dân đạt 15 bác sĩ.', '15', { value: 15, unit: 'bác sĩ/vạn dân' }],
    ['… and beds counted as "giường" are hospital beds per population',
      'Số giường bệnh trên 1 vạn dân đạt 38 giường.', '38', { value: 38, unit: 'giường bệnh/vạn dân', indicator: 'hospital_beds_per_10k' }],
    ['a count of doctors in a sentence naming no population stays a count',
      'Tỷ lệ bác sĩ/vạn dân còn thấp. Ngành y tế hiện thiếu khoảng 260 bác sĩ.', '260', { value: 260, unit: 'bác sĩ' }],
    ['a room price per night', 'Giá phòng homestay từ 500.000 - 900.000 đồng/đêm.', '500.000', { value: 500_000, high: 900_000, unit: 'VND/đêm' }],
    ['a land price per square metre', 'Giá đất ở đô thị bình quân 25 triệu đồng/m2.', '25', { value: 25e6, unit: 'VND/m2' }],
  ]);
  it('"1 vạn" inside a rate is not a figure of its own', () => {
    const text = 'Toàn tỉnh có 32 giường bệnh trên 1 vạn dân.';
    expect(figuresIn(text).map((f) => f.value)).toEqual([32]);
  });
});

describe('multiples', () => {
  run([
    ['gấp X lần is a change up in lần', 'Diện tích nuôi tôm siêu thâm canh gấp 3,5 lần so với năm 2020.', '3,5', { value: 3.5, kind: 'change', unit: 'lần', direction: 'up' }],
    ['tăng X lần is a change up in lần', 'Sản lượng thủy sản tăng 1,6 lần so với năm 2020.', '1,6', { value: 1.6, kind: 'change', unit: 'lần', direction: 'up' }],
    ['tăng gấp đôi is a change of 2 lần', 'Diện tích lúa - tôm tăng gấp đôi so với năm 2015.', 'gấp đôi', { value: 2, kind: 'change', unit: 'lần', direction: 'up' }],
    ['gấp ba spelled out is 3 lần', 'Lượng khách quốc tế gấp ba cùng kỳ.', 'gấp ba', { value: 3, kind: 'change', unit: 'lần' }],
  ]);
});

describe('a number listed before another shares its unit', () => {
  run([
    ['"lần lượt 4,2 triệu và 3,4 triệu lượt"', 'Hàn Quốc và Trung Quốc dẫn đầu với lần lượt 4,2 triệu và 3,4 triệu lượt.', '4,2', { value: 4.2e6, unit: 'lượt' }],
    ['"4 và 5 xã"', 'Năm nay có 4 và 5 xã đạt chuẩn ở hai huyện.', '4', { value: 4, unit: 'xã' }],
  ]);
  it('a year before a comma shares nothing', () => {
    expectNoFigureAt('Tổng kết năm học 2023 - 2024, 86,7% trường đạt chuẩn quốc gia.', '2024');
  });
});

describe('lengths of stay and other counted nouns', () => {
  run([
    ['an average stay in days', 'Thời gian lưu trú bình quân 1,7 ngày.', '1,7', { value: 1.7, unit: 'ngày' }],
    ['days per visitor', 'Khách lưu trú 1,6 ngày/khách, tăng 0,2 ngày.', '1,6', { value: 1.6, unit: 'ngày/khách' }],
    ['a change in days', 'Khách lưu trú 1,6 ngày/khách, tăng 0,2 ngày.', '0,2', { value: 0.2, kind: 'change', unit: 'ngày' }],
    ['fruit counted by the piece', 'Sản lượng dừa ước đạt 98,5 triệu trái.', '98,5', { value: 98.5e6, unit: 'trái' }],
    ['growing-area codes', 'Toàn tỉnh được cấp mã số vùng trồng mới, nâng tổng số lên 146 mã.', '146', { value: 146, unit: 'mã' }],
    ['cards issued ("cấp" as a verb)', 'Năm 2024, tỉnh cấp 118.420 thẻ BHYT cho người nghèo.', '118.420', { value: 118_420, unit: 'thẻ' }],
    ['money per fruit', 'Giá dừa khô dao động 9.000 - 11.000 đồng/trái.', '9.000', { value: 9000, high: 11_000, unit: 'VND/trái' }],
    ['exam papers', 'Toàn tỉnh có 1.152 bài thi đạt điểm 10.', '1.152', { value: 1152, unit: 'bài thi' }],
    ['money per visitor per trip', 'Chi tiêu bình quân khoảng 1.500 USD/khách/chuyến.', '1.500', { value: 1500, unit: 'USD/khách/chuyến' }],
  ]);
  it('a meeting that lasts days is no figure', () => {
    expectNoFigureAt('Kỳ họp diễn ra trong 1,5 ngày, xem xét 42 nội dung.', '1,5 ngày');
    expectNoFigureAt('Sau 15 ngày, hồ sơ được giải quyết.', '15 ngày');
  });
});

describe('spelled counts', () => {
  run([
    ['a spelled change of cases', 'Phạm pháp hình sự xảy ra 11 vụ, giảm hai vụ so với cùng kỳ.', 'hai vụ', { value: 2, kind: 'change', unit: 'vụ', direction: 'down' }],
    ['"có năm xã" is five communes', 'Đến nay, toàn huyện có năm xã đạt chuẩn nông thôn mới nâng cao.', 'năm xã', { value: 5, unit: 'xã' }],
  ]);
  it('"năm" before a noun is the year\'s, not five', () => {
    expectNoFigureAt('Chỉ tiêu năm huyện giao đã hoàn thành.', 'năm huyện');
  });
  it('a spelled count of people with no change is no figure', () => {
    expectNoFigureAt('Hai người bị thương nhẹ.', 'Hai người');
  });
});

describe('bounds', () => {
  run([
    ['"từ … mới trở lên" is at_least', 'Mỗi năm kết nạp từ 3.000 đảng viên mới trở lên.', '3.000', { value: 3000, bound: 'at_least' }],
    ['trên is over', 'Phấn đấu có trên 98% đảng viên hoàn thành nhiệm vụ.', '98', { value: 98, bound: 'over' }],
    ['hơn is over', 'Tổng vốn đăng ký hơn 5.400 tỉ đồng.', '5.400', { value: 5.4e12, bound: 'over' }],
    ['dưới is under', 'Tỷ lệ hộ nghèo giảm còn dưới 0,3%.', '0,3', { value: 0.3, bound: 'under' }],
    ['gần is nearly', 'Tổng thu từ du lịch gần 2.500 tỷ đồng.', '2.500', { value: 2.5e12, bound: 'nearly' }],
    ['khoảng is about', 'Thành phố đón khoảng 2,6 triệu lượt khách.', '2,6', { value: 2.6e6, bound: 'about' }],
    ['xấp xỉ before a number is about', 'Dân số toàn tỉnh xấp xỉ 1,3 triệu người.', '1,3', { value: 1.3e6, bound: 'about' }],
    ['ít nhất is at_least', 'Diện tích lúa chất lượng cao ít nhất 50.000 ha.', '50.000', { value: 50_000, bound: 'at_least' }],
    ['tối thiểu is at_least', 'Tỷ lệ tham gia bảo hiểm y tế đạt tối thiểu 93,5%.', '93,5', { value: 93.5, bound: 'at_least' }],
    ['trở lên after the number is at_least', 'Tỷ lệ học sinh trung học cơ sở đạt 99,6% trở lên.', '99,6', { value: 99.6, bound: 'at_least' }],
    ['từ … trở lên is at_least', 'Tỷ lệ trường đạt chuẩn quốc gia từ 70% trở lên.', '70', { value: 70, bound: 'at_least' }],
    ['không quá is at_most', 'Tỷ lệ đô thị hóa không quá 35%.', '35', { value: 35, bound: 'at_most' }],
    ['tối đa is at_most', 'Tỷ lệ hộ tái nghèo tối đa 0,5%.', '0,5', { value: 0.5, bound: 'at_most' }],
    ['no bound word leaves bound out', 'Tỷ lệ hộ nghèo còn 0,69%.', '0,69', { value: 0.69, bound: undefined }],
  ]);
});

describe('counted nouns as written', () => {
  run([
    ['lao động', 'Giải quyết việc làm cho 870 lao động.', '870', { value: 870, unit: 'lao động' }],
    ['hộ', 'Trong năm có 20 hộ thoát nghèo.', '20', { value: 20, unit: 'hộ' }],
    ['đảng viên without "mới"', 'Toàn Đảng bộ kết nạp 60 đảng viên mới.', '60', { value: 60, unit: 'đảng viên' }],
    ['doanh nghiệp', 'Toàn tỉnh có 285 doanh nghiệp thành lập mới.', '285', { value: 285, unit: 'doanh nghiệp' }],
    ['lượt khách', 'Tỉnh đón 1,25 triệu lượt khách du lịch.', '1,25', { value: 1.25e6, unit: 'lượt khách' }],
    ['vụ', 'Tai nạn giao thông xảy ra 97 vụ.', '97', { value: 97, unit: 'vụ' }],
    ['trường', 'Xây dựng 3 trường đạt chuẩn quốc gia.', '3', { value: 3, unit: 'trường' }],
  ]);
});
