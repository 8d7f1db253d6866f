// Numbers that are not figures (FIGURES.md): each category gets several negatives, inside sentences that read naturally.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt, figuresIn, type NoCase } from './helpers.ts';

const none = (cases: NoCase[]) => it.each(cases)('%s', (_name, text, needle, opts) => { expectNoFigureAt(text, needle, opts); });

describe('dates', () => {
  none([
    ['d-m-yyyy with dashes', 'Chiều 27-5-2023, Ban Thường vụ Tỉnh ủy tổ chức hội nghị.', '27-5-2023'],
    ['d/m without a year', 'Ngày 16/6, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị.', '16/6'],
    ['d.m with a dot', 'Lễ hội diễn ra đến ngày 17.4 tại sân vận động tỉnh.', '17.4'],
    ['dd/mm/yyyy in a dateline', '11/12/2023 - 06:47\n\nBDK - Năm 2023 là năm thứ ba triển khai Nghị quyết.', '11/12/2023'],
    ['a date range "từ ngày 10 đến 12/7/2024"', 'Kỳ họp diễn ra từ ngày 10 đến 12/7/2024.', '10 đến 12/7/2024'],
    ['ngày 30/4 as a date', 'Nhân dịp kỷ niệm ngày 30/4, tỉnh tổ chức nhiều hoạt động.', '30/4'],
    ['a month and year "tháng 12/2024"', 'Festival Tôm được tổ chức vào tháng 12/2024.', '12/2024'],
    ['quý I-2025 as a deadline', 'Hoàn thiện tiêu chí để được xét công nhận trong quý I-2025.', 'I-2025'],
    ['a date after "đến ngày"', 'Các sở hoàn thành báo cáo trước ngày 20/10, gửi về Văn phòng.', '20/10'],
    ['a founding date in parentheses', 'Kỷ niệm Ngày thành lập Đảng (3/2/1930 - 3/2/2024).', '3/2/1930'],
  ]);
});

describe('times', () => {
  none([
    ['hh:mm in a dateline', 'Cập nhật: 10:33, 31/01/2024 (GMT+7)', '10:33'],
    ['hh:mm after a date', '11/12/2023 - 06:47', '06:47'],
    ['"19 giờ 30"', 'Chương trình được truyền hình trực tiếp lúc 19 giờ 30.', '19 giờ 30'],
    ['"14 giờ"', 'Lễ hội diễn ra từ 14 giờ ngày 15/1.', '14 giờ'],
  ]);
});

describe('years standing alone', () => {
  none([
    ['năm 2023 as a time', 'Năm 2023 là năm bản lề có ý nghĩa quan trọng.', '2023'],
    ['trước năm 2025', 'Xây dựng huyện trở thành đô thị loại III trước năm 2025.', '2025'],
    ['vào năm 2030', 'Phấn đấu lên thành phố vào năm 2030.', '2030'],
    ['a year inside "so với năm 2022" is not a figure of its own', 'Thu ngân sách tăng 30,43% so với năm 2022.', '2022'],
  ]);
});

describe('terms and periods', () => {
  none([
    ['nhiệm kỳ 2020 - 2025', 'Nghị quyết Đại hội Đảng bộ thành phố, nhiệm kỳ 2020 - 2025.', '2020 - 2025'],
    ['giai đoạn 2021-2025', 'Chương trình xây dựng nông thôn mới giai đoạn 2021-2025.', '2021-2025'],
    ['thời kỳ 2021 - 2030', 'Quy hoạch tỉnh thời kỳ 2021 - 2030, tầm nhìn đến năm 2050.', '2021 - 2030'],
    ['a season "Đông Xuân 2023 - 2024"', 'Chuẩn bị tốt các điều kiện cho vụ Đông Xuân 2023 - 2024.', '2023 - 2024'],
    ['a school year "năm học 2023-2024"', 'Năm học 2023-2024, ngành giáo dục triển khai nhiều nhiệm vụ.', '2023-2024'],
  ]);
});

describe('document numbers', () => {
  none([
    ['Chỉ thị số 01-CT/TU', 'Phát huy tinh thần theo Chỉ thị số 01-CT/TU của Ban Thường vụ Tỉnh ủy.', '01-CT/TU'],
    ['155/NQ-HĐND', 'Thực hiện Nghị quyết 155/NQ-HĐND của HĐND tỉnh.', '155/NQ-HĐND'],
    ['Quyết định 1600/QĐ-TTg', 'Huyện được công nhận theo Quyết định 1600/QĐ-TTg.', '1600/QĐ-TTg'],
    ['Kế hoạch 437', 'Huyện triển khai Kế hoạch 437 của Tỉnh ủy.', '437'],
    ['Nghị quyết số 15/2023/NQ-HĐND', 'Theo Nghị quyết số 15/2023/NQ-HĐND, tỉnh tập trung phát triển.', '15/2023/NQ-HĐND'],
    ['Đề án 01', 'Ban Thường vụ Thị ủy đã ban hành Đề án 01 về quản lý đảng viên.', '01'],
    ['Kết luận 21-KL/TW', 'Thực hiện Kết luận 21-KL/TW của Ban Chấp hành Trung ương.', '21-KL/TW'],
  ]);
});

describe('ordinals and sessions', () => {
  none([
    ['lần thứ XI', 'Đại hội đại biểu Đảng bộ tỉnh lần thứ XI.', 'XI'],
    ['Hội nghị lần thứ 13', 'Ban Chấp hành Đảng bộ tỉnh tổ chức Hội nghị lần thứ 13.', '13'],
    ['kỳ họp thứ 8', 'HĐND tỉnh khai mạc kỳ họp thứ 8.', '8'],
    ['a rank "xếp thứ 5"', 'Tốc độ tăng trưởng xếp thứ 5 vùng Đồng bằng sông Cửu Long.', '5 vùng'],
    ['a rank "đứng thứ 3"', 'GRDP đứng thứ 3 vùng Đồng bằng sông Cửu Long.', '3 vùng'],
    ['Festival lần thứ 2', 'Tổ chức Festival Tôm Cà Mau lần thứ 2.', '2'],
  ]);
});

describe('qualifiers inside an indicator name', () => {
  const text = 'Tỷ lệ huy động mẫu giáo (3 - 5 tuổi) đạt 90,5%.';
  none([
    ['an age range "(3 - 5 tuổi)"', text, '3 - 5'],
    ['"trẻ dưới 5 tuổi"', 'Tỷ lệ trẻ dưới 5 tuổi suy dinh dưỡng giảm còn 14,2%.', '5 tuổi'],
    ['"giá so sánh 2010"', 'Tổng giá trị sản xuất (giá so sánh 2010) là 9.484 tỷ đồng.', '2010'],
    ['a star rating "từ 3 sao trở lên"', 'Huyện có 14 sản phẩm OCOP đạt từ 3 sao trở lên.', '3 sao'],
    ['"trên cả 3 tiêu chí" (the three traffic measures)', 'Phấn đấu kéo giảm tai nạn giao thông từ 5 - 10% trên cả 3 tiêu chí.', '3 tiêu chí'],
  ]);
  it('the rate after the qualifier is still a figure', () => {
    expect(figureAt(text, '90,5').value).toBeCloseTo(90.5, 9);
  });
});

describe('names that contain numbers', () => {
  none([
    ['Chương trình 135', 'Một số dự án thuộc Chương trình 135 còn vướng mặt bằng.', '135'],
    ['a school level "cấp 3"', 'Trường cấp 3 Nguyễn Đình Chiểu khai giảng năm học mới.', '3'],
    ['the year of a season before a noun', 'Trong vụ Hè Thu 2024 nông dân thu hoạch sớm.', '2024'],
    ['a family\'s children', 'Mẹ có chồng và 2 người con là liệt sĩ.', '2 người'],
    ['a programme named "mô hình 1 triệu ha lúa"', 'Nông dân tham gia mô hình 1 triệu ha lúa chất lượng cao, phát thải thấp.', '1 triệu ha'],
    ['cầu Rạch Miễu 2', 'Đẩy nhanh tiến độ thi công cầu Rạch Miễu 2.', '2'],
    ['Quốc lộ 91', 'Dự án nâng cấp Quốc lộ 91 đang được chuẩn bị đầu tư.', '91'],
    ['công nghệ 4.0', 'Áp dụng công nghệ 4.0 trong quản lý đô thị.', '4.0'],
    ['a rice variety ST25', 'Giống lúa ST25 được nông dân ưa chuộng.', 'ST25'],
    ['đường 30/4', 'Tuyến đường 30/4 tiếp tục được đầu tư.', '30/4'],
    ['Phường 1', 'Nâng cấp đường Nguyễn Văn Thảnh đoạn qua Phường 1.', '1'],
    ['đô thị loại III', 'Xây dựng huyện trở thành đô thị loại III.', 'III'],
    ['a hospital "Quân dân y 105"', 'Bệnh viện Quân dân y 105 tiếp tục đầu tư trang thiết bị.', '105'],
    ['a hamlet "ấp 3"', 'Ông ngụ ấp 3, xã Tân Mỹ Chánh.', '3'],
    ['a scheme named with a scaled number', 'Triển khai Đề án 1 triệu ha lúa chất lượng cao.', '1 triệu ha'],
    ['a road with a letter suffix "Quốc lộ 57C"', 'Tuyến Quốc lộ 57C qua huyện đang được nâng cấp.', '57C'],
  ]);
});

describe('phone numbers', () => {
  none([
    ['dotted landline', 'Liên hệ đường dây nóng 0275.3822.255.', '0275.3822.255'],
    ['area code in parentheses with spaces', 'Điện thoại: (0292) 3 820 000.', '3 820 000'],
    ['a 1900 hotline', 'Phụ huynh liên hệ đường dây nóng 1900.6068.', '1900.6068'],
    ['a short emergency number', 'Người dân gọi đường dây nóng 113 khi cần hỗ trợ.', '113'],
  ]);
});

describe('view counters and footnotes', () => {
  none([
    ['Lượt xem', 'Lượt xem: 1.234', '1.234'],
    ['Số lượt truy cập', 'Số lượt truy cập: 1.250.386', '1.250.386'],
    ['a comment count', 'Chia sẻ\n\n1.024 bình luận', '1.024'],
    ['a footnote mark after a figure', 'Tỷ lệ tham gia bảo hiểm y tế đạt 97,5%(1).', '(1)'],
    ['a bracketed footnote mark', 'Thu ngân sách đạt 1.400 tỉ đồng[2].', '[2]'],
  ]);
  it('the figure before a footnote mark is still found', () => {
    expect(figureAt('Tỷ lệ tham gia bảo hiểm y tế đạt 97,5%(1).', '97,5').value).toBeCloseTo(97.5, 9);
  });
});

describe('list numbering', () => {
  none([
    ['"1." at the start of a line', 'Các nhiệm vụ:\n\n1. Đẩy nhanh tiến độ giải ngân vốn đầu tư công.', '1.'],
    ['"2)" at the start of a line', 'Các nhiệm vụ:\n2) Tháo gỡ khó khăn cho doanh nghiệp.', '2)'],
    ['"Phần 3" heading', 'Phần 3 “Bến Tre vươn mình” khép lại chương trình.', '3'],
  ]);
});

describe('slogans', () => {
  none([
    ['"Hai chân - Ba mũi"', 'Triển khai theo phương châm “Hai chân - Ba mũi” trên tất cả các lĩnh vực.', 'Ba mũi'],
    ['"3 mũi giáp công"', 'Phát huy truyền thống “3 mũi giáp công”.', '3 mũi'],
    ['"1 phải, 5 giảm"', 'Sản xuất theo quy trình “1 phải, 5 giảm”.', '5 giảm'],
    ['"3 giảm, 3 tăng"', 'Thực hiện phương châm “3 giảm, 3 tăng” trong sản xuất lúa.', '3 tăng'],
  ]);
});

describe('anecdotes about one person or one event', () => {
  none([
    ['an age "98 tuổi"', 'Mẹ Việt Nam Anh hùng Nguyễn Thị Út, năm nay đã 98 tuổi.', '98'],
    ['a birth year', 'Ông Nguyễn Văn Út (sinh năm 1978) bị bắt quả tang.', '1978'],
    ['one farmer’s profit', 'Ông Nguyễn Văn Bảy cho biết với 5 ha lúa, vụ này ông lời trên 150 triệu đồng.', '150 triệu'],
    ['one farmer’s ponds', 'Ông Trần Văn Tám có 3 ao nuôi với diện tích 5.000 m2.', '5.000 m2'],
    ['one student’s score', 'Em Thạch Thị Sa Rươl đạt 29,25 điểm khối A00.', '29,25'],
    ['an anniversary "kỷ niệm 94 năm"', 'Long trọng kỷ niệm 94 năm Ngày thành lập Đảng.', '94'],
  ]);
});

describe('an article with no figures', () => {
  it('a ceremony report yields nothing', () => {
    const text = [
      'Long trọng kỷ niệm 94 năm Ngày thành lập Đảng Cộng sản Việt Nam',
      '02/02/2024 - 19:10',
      'BDK.VN - Tối 2-2-2024, tại Quảng trường Đồng Khởi, TP. Bến Tre, Tỉnh ủy tổ chức Lễ kỷ niệm 94 năm Ngày thành lập Đảng (3/2/1930 - 3/2/2024).',
      'Đảng bộ tỉnh đang triển khai Nghị quyết Đại hội lần thứ XI, nhiệm kỳ 2020 - 2025, Chỉ thị số 01-CT/TU về phong trào “Đồng khởi mới”.',
      'Đoàn đại biểu dâng hoa tại Nghĩa trang liệt sĩ tỉnh trên Quốc lộ 60; đường dây nóng: 0275.3829.505.',
    ].join('\n\n');
    expect(figuresIn(text, { published: '2024-02-02' }).map((f) => f.text)).toEqual([]);
  });
});
