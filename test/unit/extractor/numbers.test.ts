// How Vietnamese papers write numbers: `.` groups thousands, `,` marks decimals, scale words multiply.
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNoFigureAt, figureAt, type Case, type NoCase } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const none = (cases: NoCase[]) => it.each(cases)('%s', (_name, text, needle, opts) => { expectNoFigureAt(text, needle, opts); });

describe('separators and decimals', () => {
  run([
    ['dot groups thousands before a scale word', 'Thu ngân sách đạt 1.400 tỉ đồng.', '1.400', { value: 1_400_000_000_000 }],
    ['several dot groups make one integer', 'Cả nước có 5.357.046 trẻ mầm non đến trường.', '5.357.046', { value: 5_357_046 }],
    ['dot groups thousands in a plain count', 'Tổng đàn trâu, bò đạt 16.133 con.', '16.133', { value: 16_133 }],
    ['comma marks decimals in a percentage', 'Tỷ lệ hộ nghèo giảm còn 0,69%.', '0,69', { value: 0.69 }],
    ['comma followed by three digits is still a decimal', 'Tổng chi ngân sách 640,706 tỷ đồng.', '640,706', { value: 640_706_000_000 }],
    ['three decimals before triệu', 'Dân số toàn tỉnh đạt 3,437 triệu người.', '3,437', { value: 3_437_000 }],
    ['thousands dot and decimal comma together', 'Diện tích gieo trồng đạt 2.952,5 nghìn ha.', '2.952,5', { value: 2_952_500 }],
    ['thousands dot and decimal comma without scale', 'Diện tích nuôi tôm siêu thâm canh đạt 2.952,5 ha.', '2.952,5', { value: 2952.5 }],
    ['a plain integer count', 'Giải quyết việc làm cho 870 lao động.', '870', { value: 870 }],
    ['a trailing zero decimal keeps its value', 'Thu ngân sách tăng 10,70%.', '10,70', { value: 10.7 }],
  ]);
});

describe('scale words', () => {
  run([
    ['tỷ multiplies by a billion', 'Tổng thu ngân sách địa phương 186 tỷ đồng.', '186', { value: 186e9 }],
    ['tỉ is the same scale as tỷ', 'Huyện thu ngân sách 25 tỉ đồng.', '25', { value: 25e9 }],
    ['triệu on money', 'Kim ngạch xuất khẩu ước đạt 780 triệu USD.', '780', { value: 780e6 }],
    ['triệu on a count with a decimal', 'Tỉnh đón 1,25 triệu lượt khách du lịch.', '1,25', { value: 1_250_000 }],
    ['nghìn on a count', 'Cả nước có 159,8 nghìn doanh nghiệp thành lập mới.', '159,8', { value: 159_800 }],
    ['ngàn is the same scale as nghìn', 'Sản lượng cua đạt 12 ngàn tấn.', '12', { value: 12_000 }],
    ['vạn multiplies by ten thousand', 'Sản lượng thủy sản đạt 39 vạn tấn.', '39', { value: 390_000 }],
    ['tỷ on USD', 'Vốn FDI thực hiện đạt 23,18 tỷ USD.', '23,18', { value: 23.18e9 }],
  ]);
});

describe('compound scales and mixed digit-word numbers', () => {
  run([
    ['triệu tỉ multiplies both scales', 'Thu ngân sách nhà nước đạt 1,26 triệu tỉ đồng.', '1,26', { value: 1.26e15 }],
    ['ngàn tỷ multiplies both scales', 'Vốn đầu tư công đạt 672 ngàn tỷ đồng.', '672', { value: 672e12 }],
    ['nghìn tỷ with thousands and decimals', 'Quy mô GDP đạt 10.221,8 nghìn tỷ đồng.', '10.221,8', { value: 10_221.8e12 }],
    ['digits after nghìn add the units', 'Giải quyết việc làm cho 115 nghìn 788 người.', '115', { value: 115_788 }],
    ['digits after triệu and nghìn add up', 'Thành phố đón 1 triệu 250 nghìn lượt khách.', '1 triệu', { value: 1_250_000 }],
    ['the compound span covers every part', 'Giải quyết việc làm cho 115 nghìn 788 người.', '788', { value: 115_788 }],
  ]);
});

describe('leading zeros', () => {
  run([
    ['leading zero on a count of units', 'Trong năm có 03 đơn vị đăng ký mới.', '03', { value: 3 }],
    ['leading zero on a count of targets', 'Có 01 chỉ tiêu chưa đạt.', '01', { value: 1 }],
    ['leading zero on a count of communes', 'Huyện có 05 xã đạt chuẩn nông thôn mới nâng cao.', '05', { value: 5 }],
  ]);
});

describe('numbers written in words', () => {
  run([
    ['bảy before a count of targets', 'Qua hai năm thực hiện, có bảy chỉ tiêu vượt Nghị quyết.', 'bảy', { value: 7, unit: 'chỉ tiêu' }],
    ['ba before communes that met the standard', 'Trong năm, tỉnh có thêm ba xã đạt chuẩn nông thôn mới.', 'ba', { value: 3, unit: 'xã' }],
    ['sáu before targets achieved', 'Thị xã có sáu chỉ tiêu đạt Nghị quyết.', 'sáu', { value: 6, unit: 'chỉ tiêu' }],
    ['hai before targets not achieved', 'Năm 2023, huyện còn hai chỉ tiêu chưa đạt.', 'hai', { value: 2, unit: 'chỉ tiêu' }],
    ['capitalised spelled numeral in a headline', 'Bảy chỉ tiêu vượt Nghị quyết', 'Bảy', { value: 7, unit: 'chỉ tiêu' }],
  ]);
  none([
    ['a spelled duration is not a figure', 'Qua hai năm rưỡi thực hiện Nghị quyết, tỉnh đạt nhiều kết quả.', 'hai năm'],
    ['a spelled count of places in a plan is not a figure', 'Tập trung phát triển kinh tế ở ba huyện ven biển.', 'ba huyện'],
    ['một as an article is not a figure', 'Một số chỉ tiêu quan trọng của tỉnh đạt thấp.', 'Một số'],
    ['năm meaning year is not the numeral five', 'Năm 2024 là năm bản lề của nhiệm kỳ.', 'Năm'],
  ]);
});

describe('signs', () => {
  run([
    ['a plus sign glued to a percentage', 'Thu ngân sách: 4.856 tỷ đồng, +10,70%.', '10,70', { value: 10.7, direction: 'up' }],
    ['a plus sign with a space', 'Thu ngân sách: 4.856 tỷ đồng, + 10,70%.', '10,70', { value: 10.7, direction: 'up' }],
    ['a minus sign in parentheses keeps the magnitude', 'Kim ngạch xuất khẩu: 512,4 triệu USD (-18,67%).', '18,67', { value: 18.67, direction: 'down' }],
    ['a minus sign after a count change', 'Phạm pháp hình sự giảm 12 vụ (-8,3%) so với năm 2022.', '8,3', { value: 8.3, direction: 'down' }],
  ]);
  it('a sign is not read as a range dash', () => {
    const f = figureAt('Kim ngạch xuất khẩu: 512,4 triệu USD (-18,67%).', '18,67');
    expect(f.high).toBeUndefined();
  });
});

describe('malformed numbers are rejected', () => {
  none([
    ['a comma with no decimals before %', 'Chỉ số giá tăng 4,% so với cùng kỳ.', '4,%'],
    ['a comma with no integer part before digits', 'Chỉ số giá tăng ,54% so với cùng kỳ.', ',54%'],
    ['a doubled thousands dot', 'Thu ngân sách đạt 1..400 tỷ đồng.', '1..400'],
    ['a lone percent sign', 'Tỷ lệ tăng % so với cùng kỳ.', '%'],
  ]);
});
