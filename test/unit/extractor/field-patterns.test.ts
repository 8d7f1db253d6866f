// Patterns met in unseen provincial reports (holdout10): each case names the pattern, with a case it must not touch.
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNoFigureAt, figuresIn } from './helpers.ts';

describe('salinity readings', () => {
  it('a reading in ‰ is a physical level', () => {
    expectFigure('Tại cửa sông Cái Lớn, độ mặn cao nhất đạt 18,6‰.', '18,6', { value: 18.6, kind: 'level', unit: '‰' });
  });
  it('a reading in g/l is a physical level, and its rise against the same period a change', () => {
    const text = 'Độ mặn cao nhất tại cống Cái Bé là 14,2 g/l, cao hơn cùng kỳ 3,5 g/l.';
    expectFigure(text, '14,2', { value: 14.2, kind: 'level', unit: 'g/l' });
    expect(figuresIn(text).find((f) => f.text.startsWith('3,5'))?.unit).toBe('g/l');
  });
  it('"phần nghìn" written out is ‰', () => {
    expectFigure('Độ mặn đo được tại cống Vàm Giồng là 6,2 phần nghìn.', '6,2', { value: 6.2, unit: '‰' });
  });
  it('the isohaline in "ranh mặn 4‰" names a line, not a figure', () => {
    const text = 'Hiện nay ranh mặn 4‰ trên sông Cái Lớn đã vào sâu 58 km.';
    expectNoFigureAt(text, '4‰');
    expectFigure(text, '58 km', { value: 58, unit: 'km' });
  });
});

describe('industrial products counted by the pair or the piece', () => {
  it('"triệu đôi" is a count of pairs with its scale', () => {
    expectFigure('- Giày dép da: 58,3 triệu đôi, +12,1%;', '58,3', { value: 58_300_000, kind: 'level', unit: 'đôi' });
  });
  it('"triệu chiếc" is a count of pieces', () => {
    expectFigure('Sản lượng điện thoại di động đạt 1,2 triệu chiếc.', '1,2', { value: 1_200_000, unit: 'chiếc' });
  });
  it('"triệu viên" in a signed list line is a count of pieces', () => {
    expectFigure('- Gạch nung các loại: 402 triệu viên, (-15,2%);', '402', { value: 402_000_000, kind: 'level', unit: 'viên' });
  });
  it('a handful of pills or bullets in an incident is no figure', () => {
    expectNoFigureAt('Công an bắt quả tang đối tượng đang tàng trữ 30 viên ma túy tổng hợp.', '30 viên');
  });
  it('"gấp đôi" stays a multiple, not a count of pairs', () => {
    expectFigure('Tổng đàn bò đạt 28.650 con, tăng gấp đôi so với năm 2015.', 'gấp đôi', { value: 2, kind: 'change', unit: 'lần' });
  });
});

describe('a district whose name is an everyday word', () => {
  it('written with capitals after its type, it is the place', () => {
    expectFigure('Huyện Mang Thít giải ngân 79,6% kế hoạch; UBND thị xã Bình Minh với tỷ lệ 76,1%.', '76,1', { locality: 'thị xã Bình Minh' });
  });
  it('in lower case after a type word, it stays the everyday word', () => {
    expectFigure('Năm 2025, HĐND huyện Tuy An thông qua nghị quyết. HĐND huyện thống nhất các chỉ tiêu chủ yếu: thu ngân sách 265 tỷ đồng.', '265', { locality: 'huyện Tuy An' });
  });
});

describe('"lần lượt" pairs each listed figure with the item of the list before it', () => {
  it('an item that names no place (a department) keeps the article\'s place; the districts keep theirs', () => {
    const text = 'Một số chủ đầu tư có tỷ lệ giải ngân cao như Sở Giao thông vận tải, UBND huyện Mang Thít và UBND thị xã Bình Minh với tỷ lệ lần lượt là 82,4%, 79,6% và 76,1%.';
    const opts = { locality: 'tỉnh Vĩnh Long' };
    expectFigure(text, '82,4', { locality: 'tỉnh Vĩnh Long' }, opts);
    expectFigure(text, '79,6', { locality: 'huyện Mang Thít' }, opts);
    expectFigure(text, '76,1', { locality: 'thị xã Bình Minh' }, opts);
  });
  it('a province named earlier in the sentence is not the first item', () => {
    const text = 'Toàn tỉnh Kiên Giang có 2.365 ha lúa bị thiệt hại, tập trung ở huyện An Biên và huyện U Minh Thượng với diện tích lần lượt là 1.240 ha và 785 ha.';
    expectFigure(text, '2.365', { locality: 'tỉnh Kiên Giang' });
    expectFigure(text, '1.240', { locality: 'huyện An Biên' });
    expectFigure(text, '785', { locality: 'huyện U Minh Thượng' });
  });
  it('as many places as figures: the k-th place, even with "và" inside an item', () => {
    const text = 'Huyện Đức Hòa và huyện Bến Lức lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD.';
    expectFigure(text, '198,3', { locality: 'huyện Đức Hòa' });
    expectFigure(text, '156,7', { locality: 'huyện Bến Lức' });
  });
});

describe('places named as a list do not carry', () => {
  it('after "tập trung ở huyện A và huyện B", the next sentence is the province\'s again', () => {
    const text = 'Toàn tỉnh Kiên Giang có 2.365 ha lúa bị thiệt hại, tập trung ở huyện An Biên và huyện U Minh Thượng. Số hộ thiếu nước sinh hoạt là 3.450 hộ.';
    expectFigure(text, '3.450', { locality: 'tỉnh Kiên Giang' });
  });
  it('a list opening the paragraph gives way to the article\'s place', () => {
    const text = 'Lũ năm 2024 gây thiệt hại tại huyện An Biên, huyện An Minh.\n\nHuyện An Biên và huyện U Minh Thượng bị ảnh hưởng nặng. Toàn bộ 1.120 ha lúa bị mất trắng.';
    expectFigure(text, '1.120', { locality: 'tỉnh Kiên Giang' }, { locality: 'tỉnh Kiên Giang' });
  });
  it('a place handed to one figure of a "lần lượt" list does not carry either', () => {
    const text = 'Chủ đầu tư có tỷ lệ giải ngân cao là Ban Quản lý dự án giao thông, Ban Quản lý dự án dân dụng, UBND huyện Quỳnh Lưu với tỷ lệ lần lượt là 92,6%, 88,1% và 85,7%. Ngược lại, vẫn còn 14 chủ đầu tư giải ngân dưới 50%.';
    expectFigure(text, '85,7', { locality: 'huyện Quỳnh Lưu' }, { locality: 'tỉnh Nghệ An' });
    expectFigure(text, '14 chủ đầu tư', { locality: 'tỉnh Nghệ An' }, { locality: 'tỉnh Nghệ An' });
  });
  it('one district named alone still carries to the sentences after it', () => {
    const text = 'Toàn tỉnh Kiên Giang bị ảnh hưởng, nặng nhất là huyện An Biên. Số hộ thiếu nước sinh hoạt là 3.450 hộ.';
    expectFigure(text, '3.450', { locality: 'huyện An Biên' });
  });
});

describe('a measure compared with a base named before the number', () => {
  it('"sâu hơn cùng kỳ năm 2023 khoảng 12 km" is a change up against the same period', () => {
    expectFigure('Ranh mặn đã vào sâu 58 km, sâu hơn cùng kỳ năm 2023 khoảng 12 km.', '12 km', { kind: 'change', direction: 'up', base: 'same_period', bound: 'about', unit: 'km' });
  });
  it('"ngắn hơn cùng kỳ 3 km" is a change down', () => {
    expectFigure('Chiều dài xâm nhập mặn ngắn hơn cùng kỳ 3 km.', '3 km', { kind: 'change', direction: 'down', base: 'same_period' });
  });
  it('right before the number, "sâu hơn 50 km" is a level above a mark', () => {
    expectFigure('Nước mặn đã vào sâu hơn 50 km trên sông Hàm Luông.', '50 km', { kind: 'level', direction: undefined, base: undefined, bound: 'over' });
  });
});

describe('changes in a row share the base stated after the last', () => {
  it('"tăng 3 vụ, số người chết tăng 2 người so với cùng kỳ": both against the same period', () => {
    const text = 'Tại huyện Cái Nước, tai nạn giao thông tăng 3 vụ, số người chết tăng 2 người so với cùng kỳ.';
    expectFigure(text, '3 vụ', { kind: 'change', direction: 'up', base: 'same_period' });
    expectFigure(text, '2 người', { kind: 'change', direction: 'up', base: 'same_period' });
  });
  it('a change with its own base keeps it', () => {
    const text = 'Tai nạn giao thông giảm 5 vụ so với năm 2023, số người chết giảm 2 người so với cùng kỳ.';
    expectFigure(text, '5 vụ', { base: '2023' });
  });
  it('a level before the row takes no base from it', () => {
    const text = 'Tỷ lệ hộ dân sử dụng điện đạt 99,2%, số hộ nghèo giảm 312 hộ so với cùng kỳ.';
    expectFigure(text, '99,2%', { kind: 'level', base: undefined });
  });
});

describe('"Cùng kỳ năm 2023" opening a sentence dates it', () => {
  const report = 'Giải ngân vốn đầu tư công 10 tháng đạt 61,8% kế hoạch\n\nĐến ngày 31/10/2024, toàn tỉnh đã giải ngân 3.629 tỷ đồng, đạt 61,8% kế hoạch. ';
  it('the same stretch of that year: 2023-10M in a ten-month report, actual', () => {
    const text = `${report}Cùng kỳ năm 2023, tỷ lệ giải ngân của tỉnh đạt 57,4%.`;
    expectFigure(text, '57,4', { period: '2023-10M', modality: 'actual', base: undefined }, { published: '2024-11-12' });
  });
  it('after "so với", "cùng kỳ năm 2023" stays a base and dates nothing', () => {
    const text = `${report}Số vốn giải ngân tăng 12,5% so với cùng kỳ năm 2023.`;
    expectFigure(text, '12,5', { period: '2024-10M', base: 'same_period' }, { published: '2024-11-12' });
  });
  it('"Cùng kỳ năm trước, …" is the same stretch of the year before', () => {
    const text = `${report}Cùng kỳ năm trước, tỷ lệ giải ngân của tỉnh đạt 57,4%.`;
    expectFigure(text, '57,4', { period: '2023-10M', modality: 'actual' }, { published: '2024-11-12' });
  });
  it('a bracket after "cùng kỳ năm 2023" holds that stretch\'s value', () => {
    const text = `${report}Tỷ lệ này cao hơn cùng kỳ năm 2023 (57,4%).`;
    expectFigure(text, '57,4', { period: '2023-10M' }, { published: '2024-11-12' });
  });
  it('"so với cùng kỳ năm trước" stays a base', () => {
    const text = `${report}Số vốn giải ngân tăng 12,5% so với cùng kỳ năm trước.`;
    expectFigure(text, '12,5', { period: '2024-10M', base: 'same_period' }, { published: '2024-11-12' });
  });
  it('it dates its own sentence only', () => {
    const text = `${report}Cùng kỳ năm 2023, tỷ lệ giải ngân đạt 57,4%. Vốn ngân sách địa phương giải ngân 2.415 tỷ đồng.`;
    expectFigure(text, '2.415', { period: '2024-10M' }, { published: '2024-11-12' });
  });
});

describe('a headline figure takes the period of the lead', () => {
  it('a season named first in the lead dates the headline\'s figures', () => {
    const text = 'Kiên Giang: Hơn 2.300 ha lúa bị thiệt hại do mặn\n\n05/04/2024 10:20\n\n(BKG) - Mùa khô 2023 - 2024, xâm nhập mặn trên địa bàn tỉnh Kiên Giang đến sớm và sâu hơn trung bình nhiều năm, gây thiệt hại cho nông dân nhiều huyện ven biển. Toàn tỉnh có 2.365 ha lúa bị thiệt hại.';
    expectFigure(text, '2.300', { period: '2023/2024' }, { published: '2024-04-05' });
  });
  it('a plan year still ahead in the lead does not date the headline', () => {
    const text = 'Chợ Gạo: Thu ngân sách đạt 318,5 tỷ đồng\n\n24/12/2024\n\n(ABO) Ngày 23-12, Huyện ủy Chợ Gạo tổ chức hội nghị triển khai nhiệm vụ năm 2025, với nhiều chỉ tiêu quan trọng về kinh tế, xã hội, quốc phòng và an ninh trên địa bàn huyện.';
    expectFigure(text, '318,5', { period: '2024' }, { published: '2024-12-24' });
  });
});

describe('counts of a congress resolution\'s targets belong to its term', () => {
  const lead = '\n\n10/12/2024\n\nĐK - Ngày 9-12-2024, Ban Chấp hành Đảng bộ tỉnh tổ chức hội nghị đánh giá kết quả 4 năm thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI, nhiệm kỳ 2020 - 2025 và nhiệm vụ năm 2025.';
  it('"đạt và vượt 22/28 chỉ tiêu Nghị quyết Đại hội" in a headline is the term\'s', () => {
    expectFigure(`Bến Tre: Đạt và vượt 22/28 chỉ tiêu Nghị quyết Đại hội Đảng bộ tỉnh lần thứ XI${lead}`, '22/28', { period: '2020/2025' }, { published: '2024-12-10' });
  });
  it('a year\'s count against a plain "Nghị quyết" keeps its year', () => {
    expectFigure(`Chợ Gạo: Năm 2024 có 16/18 chỉ tiêu đạt và vượt Nghị quyết${lead}`, '16/18', { period: '2024' }, { published: '2024-12-10' });
  });
});

describe('a resolution named as the yardstick does not name what is measured', () => {
  it('"vượt chỉ tiêu Nghị quyết đề ra (giảm 1%)" measures the rate named before', () => {
    const text = 'Tỷ lệ hộ nghèo toàn tỉnh giảm còn 2,79%, giảm 1,12% so với năm 2023, vượt chỉ tiêu Nghị quyết đề ra (giảm 1%).';
    expectFigure(text, '1%)', { indicator: 'poverty_rate', direction: 'down' });
  });
  it('counts of the resolution\'s targets still are resolution targets', () => {
    const text = 'Tỷ lệ hộ nghèo giảm còn 2,79%, vượt chỉ tiêu Nghị quyết; toàn tỉnh có 20/22 chỉ tiêu Nghị quyết đạt và vượt.';
    expectFigure(text, '20/22', { indicator: 'resolution_targets' });
  });
});

describe('a bare count of cases is what its clause goes on to count', () => {
  it('"giảm 6 vụ so với cùng kỳ và không có người chết do tai nạn giao thông" counts accidents', () => {
    expectFigure('Huyện Trần Văn Thời giảm 6 vụ so với cùng kỳ và không có người chết do tai nạn giao thông.', '6 vụ', { indicator: 'traffic_accidents' });
  });
  it('"xảy ra 21 vụ, làm chết 15 người" counts the accidents behind the deaths', () => {
    const text = 'Riêng tuyến Quốc lộ 1 đoạn qua thành phố Cà Mau xảy ra 21 vụ, làm chết 15 người.';
    expectFigure(text, '21 vụ', { indicator: 'traffic_accidents' });
    expectFigure(text, '15 người', { indicator: 'traffic_deaths' });
  });
  it('"5 vụ cháy, làm chết 1 người" is no traffic accident', () => {
    expectFigure('Trong năm xảy ra 5 vụ cháy, làm chết 1 người.', '5 vụ', { indicator: undefined });
  });
});

describe('workers sent abroad named after the count', () => {
  it('"trong đó 86 người đi làm việc ở nước ngoài" is labour export inside the jobs figure', () => {
    const text = 'Huyện giải quyết việc làm cho 3.250 lao động, trong đó 86 người đi làm việc ở nước ngoài theo hợp đồng.';
    expectFigure(text, '3.250', { indicator: 'jobs_created' });
    expectFigure(text, '86', { indicator: 'labour_export' });
  });
  it('a count of people working at home stays jobs', () => {
    expectFigure('Huyện giải quyết việc làm cho 3.250 lao động, trong đó 1.200 người làm việc tại các khu công nghiệp.', '1.200', { indicator: 'jobs_created' });
  });
});

describe('a bare "sản lượng" takes the crop its sentence named last', () => {
  it('after "ha lúa", "sản lượng đạt 116.320 tấn" is rice output', () => {
    expectFigure('Toàn huyện xuống giống 19.850 ha lúa, năng suất bình quân 58,6 tạ/ha, sản lượng đạt 116.320 tấn.', '116.320', { indicator: 'rice_output' });
  });
  it('after shrimp ponds it is aquaculture output', () => {
    expectFigure('Diện tích nuôi tôm đạt 12.500 ha, sản lượng ước đạt 21.300 tấn.', '21.300', { indicator: 'aquaculture_output' });
  });
  it('a rice season named first, and a bound before the tonnage', () => {
    expectFigure('Vụ Hè Thu 2024, Kiên Giang dự kiến xuống giống 280.000 ha, sản lượng khoảng 1,5 - 1,6 triệu tấn.', '1,5', { indicator: 'rice_output', bound: 'about' });
    expectFigure('Năm 2025, tỉnh đặt kế hoạch gieo trồng 1,28 triệu ha lúa, sản lượng trên 8,5 triệu tấn.', '8,5', { indicator: 'rice_output', bound: 'over' });
  });
  it('a nearer crop with no indicator of its own wins over rice', () => {
    expectFigure('Huyện xuống giống 19.850 ha lúa, ngoài ra trồng 3.000 ha rau màu, sản lượng 45.000 tấn.', '45.000', { indicator: undefined });
  });
});

describe('a plan as the subject states a target', () => {
  it('"kế hoạch vốn đầu tư công năm 2024 của tỉnh là 5.872,4 tỷ đồng" is the plan', () => {
    expectFigure('Theo Sở Tài chính, kế hoạch vốn đầu tư công năm 2024 của tỉnh Vĩnh Long là 5.872,4 tỷ đồng.', '5.872,4', { modality: 'target', period: '2024' }, { published: '2024-11-12' });
  });
  it('"dự toán thu ngân sách năm 2024 là 1.250 tỷ đồng" is the plan', () => {
    expectFigure('Dự toán thu ngân sách năm 2024 là 1.250 tỷ đồng.', '1.250', { modality: 'target' }, { published: '2024-11-12' });
  });
  it('what the plan\'s money achieved stays actual', () => {
    expectFigure('Kế hoạch vốn năm 2024 đã giải ngân được 3.629 tỷ đồng.', '3.629', { modality: 'actual' }, { published: '2024-11-12' });
  });
  it('a subject that is no plan stays actual', () => {
    expectFigure('Thu ngân sách đạt 900 tỷ đồng, bằng 95% dự toán, tổng chi ngân sách là 800 tỷ đồng.', '800', { modality: 'actual' }, { published: '2024-11-12' });
  });
});

describe('a fall by no stated amount, then "còn"', () => {
  it('"giảm mạnh nhất, lần lượt còn 3,12% và 4,05%": both levels reached by a fall', () => {
    const text = 'Hai huyện Cù Lao Dung và Trần Đề có tỷ lệ hộ nghèo giảm mạnh nhất, lần lượt còn 3,12% và 4,05%.';
    expectFigure(text, '3,12', { kind: 'level', direction: 'down' });
    expectFigure(text, '4,05', { kind: 'level', direction: 'down' });
  });
  it('after a fall by an amount, the level left has no direction', () => {
    expectFigure('Tỷ lệ hộ nghèo giảm 0,42 điểm phần trăm, còn 1,1%.', '1,1%', { kind: 'level', direction: undefined });
  });
  it('"còn" alone is a level with no direction', () => {
    expectFigure('Tỷ lệ hộ nghèo trong đồng bào Khmer còn 4,21%.', '4,21', { kind: 'level', direction: undefined });
  });
});

describe('a spelled count of places reaching a result', () => {
  it('"có thêm năm xã thoát khỏi diện đặc biệt khó khăn" counts five communes', () => {
    expectFigure('Năm 2025, tỉnh phấn đấu có thêm năm xã thoát khỏi diện đặc biệt khó khăn.', 'năm xã', { value: 5, unit: 'xã', modality: 'target' }, { published: '2025-01-08' });
  });
  it('"ba xã được công nhận đạt chuẩn" counts three communes', () => {
    expectFigure('Trong năm, ba xã được công nhận xã nông thôn mới nâng cao.', 'ba xã', { value: 3, unit: 'xã' });
  });
  it('"ba huyện ven biển" stays a description', () => {
    expectNoFigureAt('Hạn mặn ảnh hưởng đến ba huyện ven biển của tỉnh.', 'ba huyện');
  });
});

describe('a resolution\'s yearly target beside a stretch of its term is the whole term\'s', () => {
  const lead = 'Sơ kết giữa nhiệm kỳ\n\n(ĐK) - Đảng bộ huyện tổ chức hội nghị sơ kết giữa nhiệm kỳ thực hiện Nghị quyết Đại hội nhiệm kỳ 2020 - 2025.\n\n';
  it('"giai đoạn 2021 - 2023 đạt 7,2%/năm (Nghị quyết 8,5%/năm)": the result is the stretch\'s, the plan the term\'s', () => {
    const text = `${lead}Tốc độ tăng trưởng kinh tế bình quân giai đoạn 2021 - 2023 đạt 7,2%/năm (Nghị quyết 8,5%/năm).`;
    expectFigure(text, '7,2', { period: '2021/2023', modality: 'actual' }, { published: '2023-08-10' });
    expectFigure(text, '8,5', { period: '2020/2025', modality: 'target' }, { published: '2023-08-10' });
  });
  it('a plan for a stretch still ahead keeps that stretch', () => {
    const text = `${lead}Giai đoạn 2024 - 2025, huyện phấn đấu tốc độ tăng trưởng kinh tế đạt 8%/năm.`;
    expectFigure(text, '8%', { period: '2024/2025', modality: 'target' }, { published: '2023-08-10' });
  });
});

describe('a count joined to a rate per population shares its denominator', () => {
  it('"9,3 bác sĩ và 30,2 giường bệnh trên vạn dân": doctors per 10,000 people too', () => {
    const text = 'Về y tế, năm 2024 tỉnh đạt 9,3 bác sĩ và 30,2 giường bệnh trên vạn dân.';
    expectFigure(text, '9,3', { unit: 'bác sĩ/vạn dân', indicator: 'doctors_per_10k' });
    expectFigure(text, '30,2', { unit: 'giường bệnh/vạn dân', indicator: 'hospital_beds_per_10k' });
  });
  it('a count set apart from the rate keeps its own unit', () => {
    const text = 'Tỉnh tuyển dụng 120 bác sĩ trong năm; số giường bệnh đạt 30,2 giường bệnh trên vạn dân.';
    expectFigure(text, '120', { unit: 'bác sĩ' });
  });
});

describe('investment counted in US dollars is FDI', () => {
  it('"lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD"', () => {
    const text = 'Huyện Đức Hòa và huyện Bến Lức dẫn đầu tỉnh, lần lượt thu hút 198,3 triệu USD và 156,7 triệu USD.';
    expectFigure(text, '198,3', { indicator: 'fdi' });
    expectFigure(text, '156,7', { indicator: 'fdi' });
  });
  it('"41 lượt dự án điều chỉnh tăng vốn thêm 218,6 triệu USD"', () => {
    expectFigure('Ngoài dự án mới, có 41 lượt dự án điều chỉnh tăng vốn thêm 218,6 triệu USD.', '218,6', { indicator: 'fdi' });
  });
  it('a loan in dollars is not FDI', () => {
    expectFigure('Dự án sử dụng vốn vay ODA của Ngân hàng Thế giới với tổng vốn 120 triệu USD.', '120', { indicator: undefined });
  });
  it('domestic investment in đồng is not FDI', () => {
    expectFigure('Tỉnh chấp thuận chủ trương đầu tư 12 dự án trong nước với tổng vốn 3.460 tỷ đồng.', '3.460', { indicator: undefined });
  });
});

describe('a sight named after its place is not that place', () => {
  it('"Khu du lịch quốc gia Sa Pa, danh thắng ruộng bậc thang Mù Cang Chải … lần lượt đón …" stays the province\'s', () => {
    const text = 'Khu du lịch quốc gia Sa Pa, danh thắng ruộng bậc thang Mù Cang Chải và Khu du lịch hồ Thác Bà lần lượt đón 2,15 triệu lượt, 486.000 lượt và 318.000 lượt khách. Công suất sử dụng buồng phòng bình quân đạt 62%.';
    const opts = { locality: 'tỉnh Lào Cai' };
    expectFigure(text, '2,15', { locality: 'tỉnh Lào Cai' }, opts);
    expectFigure(text, '486.000', { locality: 'tỉnh Lào Cai' }, opts);
    expectFigure(text, '62%', { locality: 'tỉnh Lào Cai' }, opts);
  });
  it('the district itself, named as one, is still its place', () => {
    expectFigure('Thị xã Sa Pa đón 2,15 triệu lượt khách.', '2,15', { locality: 'thị xã Sa Pa' }, { locality: 'tỉnh Lào Cai' });
  });
});

describe('an allowance after "trợ cấp" is a figure', () => {
  it('"trợ cấp 1,5 triệu đồng/người/tháng" is money per person per month', () => {
    expectFigure('Năm 2024, tỉnh trợ cấp 1,5 triệu đồng/người/tháng cho 450 người.', '1,5', { value: 1_500_000, unit: 'VND/người/tháng' });
  });
  it('"trợ cấp 2 triệu đồng" as well', () => {
    expectFigure('Tỉnh trợ cấp 2 triệu đồng cho mỗi hộ bị thiệt hại.', '2 triệu', { value: 2_000_000, unit: 'VND' });
  });
  it('"trường cấp 3" still names a school level', () => {
    expectNoFigureAt('Học sinh trường cấp 3 được miễn học phí.', '3');
  });
});

describe('a plan named after the last of a pair is both\'s', () => {
  it('"lần lượt giải ngân được 82,4% và 79,6% kế hoạch vốn": two attainments', () => {
    const text = 'Thành phố Vĩnh Long và huyện Long Hồ lần lượt giải ngân được 82,4% và 79,6% kế hoạch vốn.';
    expectFigure(text, '82,4', { kind: 'attainment', base: 'target' });
    expectFigure(text, '79,6', { kind: 'attainment', base: 'target' });
  });
  it('a share beside an attainment stays a level', () => {
    expectFigure('Vốn ngân sách địa phương chiếm 64,2%, đã giải ngân 3.629 tỷ đồng, đạt 61,8% kế hoạch.', '64,2', { kind: 'level', base: undefined });
  });
  // holdout11: three places.
  it('"lần lượt đạt 88,5%, 85,2% và 81,7% kế hoạch": three attainments', () => {
    const text = 'Các huyện Kiến Xương, Vũ Thư, Hưng Hà có tỷ lệ giải ngân cao nhất, lần lượt đạt 88,5%, 85,2% và 81,7% kế hoạch.';
    for (const needle of ['88,5', '85,2', '81,7']) expectFigure(text, needle, { kind: 'attainment', base: 'target' });
  });
  it('a list of shares whose last is followed by a number, not a plan, stays levels', () => {
    expectFigure('Ba nhóm hàng lần lượt chiếm 41,5%, 32,2% và 18,1% tổng kim ngạch.', '41,5', { kind: 'level', base: undefined });
  });
});

describe('a verdict on a count of targets is no cue for the counts after it', () => {
  it('"4 chỉ tiêu ước đạt, 3 chỉ tiêu không đạt": the last count stays actual', () => {
    const text = 'Kết quả thực hiện 25 chỉ tiêu Nghị quyết năm 2024: 18 chỉ tiêu đạt và vượt, 4 chỉ tiêu ước đạt, 3 chỉ tiêu không đạt.';
    expectFigure(text, '3 chỉ tiêu', { modality: 'actual', status: 'not_achieved' }, { published: '2024-12-20' });
  });
  it('"ước" before a figure still makes it an estimate', () => {
    expectFigure('Năm 2024, thu ngân sách ước đạt 4.856 tỷ đồng.', '4.856', { modality: 'estimate' }, { published: '2024-12-20' });
  });
});

describe('a price is no output value', () => {
  it('"giá sầu riêng dao động từ 75.000 - 90.000 đồng/kg" under a farming paragraph has no indicator', () => {
    const text = 'Sản xuất nông nghiệp tiếp tục phát triển. Diện tích sầu riêng toàn huyện hiện có 8.640 ha; giá sầu riêng dao động từ 75.000 - 90.000 đồng/kg.';
    expectFigure(text, '75.000', { unit: 'VND/kg', indicator: undefined });
  });
  it('income per head still is income per capita', () => {
    expectFigure('Thu nhập bình quân đầu người đạt 82 triệu đồng/người/năm.', '82', { indicator: 'income_per_capita' });
  });
});

describe('a rate restated as a count', () => {
  it('"tỷ lệ hộ nghèo còn 0,08%, tương ứng 29 hộ" counts poor households', () => {
    expectFigure('Tỷ lệ hộ nghèo của thành phố hiện còn 0,08%, tương ứng 29 hộ.', '29', { indicator: 'poor_households' });
  });
  it('"(tương đương 412 hộ)" as well', () => {
    expectFigure('Tỷ lệ hộ nghèo còn 0,78% (tương đương 412 hộ), hộ cận nghèo 1,12%.', '412', { indicator: 'poor_households' });
  });
  it('households of another measure after a rate are not poor households', () => {
    expectFigure('Tỷ lệ hộ nghèo còn 0,78%, đã hỗ trợ 412 hộ vay vốn.', '412', { indicator: undefined });
  });
});

describe('a yearly target in its own clause is the term\'s', () => {
  const text = 'Đại hội thống nhất mục tiêu nhiệm kỳ 2020 - 2025 với 22 chỉ tiêu chủ yếu, trong đó: đến năm 2025, thu nhập bình quân đầu người đạt 75 triệu đồng; tỷ lệ hộ nghèo giảm bình quân 0,5 - 1%/năm; mỗi năm kết nạp 250 đảng viên trở lên.';
  it('after a clause with a horizon year, "giảm bình quân 0,5 - 1%/năm" is 2020/2025', () => {
    expectFigure(text, '0,5', { period: '2020/2025', modality: 'target' }, { published: '2020-07-15' });
    expectFigure(text, '250', { period: '2020/2025', modality: 'target' }, { published: '2020-07-15' });
  });
  it('the horizon\'s own figure keeps its year', () => {
    expectFigure(text, '75', { period: '2025', modality: 'target' }, { published: '2020-07-15' });
  });
});

describe('"hằng năm" before a number is each year, not a year\'s name', () => {
  it('"bình quân hằng năm 10 - 11%" is one range', () => {
    expectFigure('Tốc độ tăng giá trị sản xuất bình quân hằng năm 10 - 11%.', '10 - 11', { value: 10, high: 11, unit: '%' });
  });
  it('"năm 2024" still names a year', () => {
    expectNoFigureAt('Trong năm 2024, huyện tổ chức nhiều hoạt động.', '2024');
  });
});

describe('"so với bình quân cùng kỳ" is the same period', () => {
  it('an average index against the same period\'s average', () => {
    expectFigure('Bình quân 10 tháng năm 2024, CPI tăng 3,91% so với bình quân cùng kỳ.', '3,91', { kind: 'change', base: 'same_period' });
  });
  it('"so với bình quân chung của tỉnh" is no period base', () => {
    expectFigure('Tỷ lệ giải ngân của huyện cao hơn 4,1 điểm % so với bình quân chung của tỉnh.', '4,1', { base: undefined });
  });
});

describe('"tăng cao nhất với X%" is a change', () => {
  it('the group that rose most, with its rise', () => {
    expectFigure('Nhóm giáo dục tăng cao nhất với 2,15%; nhóm giao thông giảm 1,02%.', '2,15', { kind: 'change', direction: 'up' });
  });
  it('"giảm mạnh nhất với" is a fall', () => {
    expectFigure('Nhóm giao thông giảm mạnh nhất với 1,02%.', '1,02', { kind: 'change', direction: 'down' });
  });
  it('a count after "giảm mạnh nhất, với" is a level', () => {
    expectFigure('Huyện Đầm Dơi có số vụ phạm pháp hình sự giảm mạnh nhất, với 31 vụ, giảm 11 vụ so với năm 2022.', '31', { kind: 'level', direction: undefined });
  });
  it('the rise set off by a comma from its amount is a change too', () => {
    expectFigure('CPI tăng 3,86% so với cùng kỳ, trong đó nhóm giáo dục tăng cao nhất, 9,1%.', '9,1', { kind: 'change', direction: 'up' });
  });
  it('… and "giảm sâu nhất," a fall', () => {
    expectFigure('Trong các nhóm hàng, nhóm giao thông giảm sâu nhất, 2,4%.', '2,4', { kind: 'change', direction: 'down' });
  });
  it('a superlative without a verb of change before its comma stays a level', () => {
    expectFigure('Huyện Trà Cú có tỷ lệ hộ nghèo cao nhất, 4,2%.', '4,2', { kind: 'level', direction: undefined });
  });
  it('"với" after no verb of change keeps a level', () => {
    expectFigure('Huyện dẫn đầu tỉnh với 98,5% hộ dân sử dụng nước sạch.', '98,5', { kind: 'level', direction: undefined });
  });
});

describe('"X%/KH" with no plan value after it marks no plan-slash pair', () => {
  const text = 'Các chỉ tiêu chủ yếu 6 tháng:\n- Kim ngạch xuất khẩu: 1.152 triệu USD, tăng 12,3%, đạt 48%/KH;\n- Thu ngân sách: 3.815 tỷ đồng/KH 7.800 tỷ đồng;';
  it('"đạt 48%/KH" is an attainment of the plan', () => {
    expectFigure(text, '48%', { kind: 'attainment', base: 'target' }, { published: '2024-07-08' });
  });
  it('"8,12%/KH 8 - 8,5%" stays a level beside its plan', () => {
    expectFigure('Tốc độ tăng trưởng kinh tế ước đạt 8,12%/KH 8 - 8,5%.', '8,12', { kind: 'level', base: undefined }, { published: '2024-12-18' });
  });
  it('the figure on the next line is not the plan of "48%/KH"', () => {
    expectFigure(text, '3.815', { modality: 'actual' }, { published: '2024-07-08' });
    expectFigure(text, '7.800', { modality: 'target' }, { published: '2024-07-08' });
  });
});

describe('places counted as "điểm …" are no score', () => {
  it('"05 điểm du lịch được công nhận" counts tourist sites', () => {
    expectFigure('Tỉnh có 05 điểm du lịch được công nhận mới, nâng tổng số lên 20 điểm du lịch.', '05', { value: 5, unit: 'điểm du lịch' });
  });
  it('an exam average stays points', () => {
    expectFigure('Điểm trung bình các môn thi của tỉnh đạt 6,21 điểm.', '6,21', { unit: 'điểm' });
  });
});

describe('words that open with "đồng" but are no money', () => {
  it('"bầu 65 đồng chí" counts comrades, not đồng', () => {
    expectFigure('Đại hội bầu 65 đồng chí vào Ban Chấp hành Đảng bộ tỉnh khóa I.', '65', { unit: 'đồng chí' });
  });
  it('"3.000 đồng bào" counts people', () => {
    expectFigure('Tỉnh hỗ trợ 3.000 đồng bào dân tộc thiểu số.', '3.000', { unit: 'đồng bào' });
  });
  it('"300 đồng/kg" and "65 tỷ đồng" stay money', () => {
    expectFigure('Giá lúa tăng 300 đồng/kg.', '300', { unit: 'VND/kg' });
    expectFigure('Thu ngân sách đạt 65 tỷ đồng.', '65', { unit: 'VND' });
  });
});

describe('places named as a list own none of their sentence\'s figures', () => {
  it('"kinh tế ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh tăng trưởng bình quân 6,2%/năm" is the article\'s', () => {
    const text = 'Nhiệm kỳ 2020 - 2025, kinh tế ba tỉnh Vĩnh Long, Bến Tre, Trà Vinh (trước sắp xếp) tăng trưởng bình quân 6,2%/năm.';
    expectFigure(text, '6,2', { locality: 'tỉnh Vĩnh Long' }, { locality: 'tỉnh Vĩnh Long' });
  });
  it('places each with its own figure keep them', () => {
    const text = 'Huyện Nam Trà My mới giải ngân được 18,4% kế hoạch; huyện Tây Giang đạt 22,7%, huyện Phước Sơn đạt 26%.';
    expectFigure(text, '22,7', { locality: 'huyện Tây Giang' }, { locality: 'tỉnh Quảng Nam' });
    expectFigure(text, '26%', { locality: 'huyện Phước Sơn' }, { locality: 'tỉnh Quảng Nam' });
  });
});

describe('a size grade is no figure', () => {
  it('"giá tôm thẻ cỡ 100 con/kg dao động 95.000 - 100.000 đồng/kg": only the price', () => {
    const text = 'Giá tôm thẻ cỡ 100 con/kg dao động 95.000 - 100.000 đồng/kg.';
    expectNoFigureAt(text, '100 con');
    expectFigure(text, '95.000', { unit: 'VND/kg', value: 95_000, high: 100_000 });
  });
  it('"khoảng 100 con" after another word still counts', () => {
    expectFigure('Tổng đàn trâu có khoảng 100 con.', '100', { unit: 'con', bound: 'about' });
  });
});
