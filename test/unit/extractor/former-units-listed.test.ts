// "số liệu được tổng hợp trên địa bàn ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh trước khi hợp nhất": a mark of former
// units after a list marks every name of the list, so none of them becomes the province that "toàn tỉnh", "tỉnh mới"
// mean later. Pattern from holdout15 (post-merger reports).
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt } from './helpers.ts';

const report = (lead: string) =>
  `Báo cáo kinh tế - xã hội 9 tháng năm 2025\n\n${lead}\n\nTrong 9 tháng, toàn tỉnh giải quyết việc làm cho 41.350 lao động.`;

describe('a former-unit mark after a list of provinces', () => {
  it('marks every name of the list: "toàn tỉnh" stays the new province', () => {
    const text = report('Đây là báo cáo đầu tiên của tỉnh Vĩnh Long (mới), tổng hợp trên địa bàn ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh trước khi hợp nhất.');
    expect(figureAt(text, '41.350').locality).toBe('tỉnh Vĩnh Long');
  });
  it('"(cũ)" after the last name of a list works the same', () => {
    const text = report('Đây là báo cáo đầu tiên của tỉnh Đồng Tháp (mới), gồm địa bàn hai tỉnh Tiền Giang, Đồng Tháp (cũ).');
    expect(figureAt(text, '41.350').locality).toBe('tỉnh Đồng Tháp');
  });
  it('a name joined to the marked one by words other than a list keeps being the place spoken of', () => {
    const text = 'Tại tỉnh Vĩnh Long, khu vực Bến Tre cũ xuất khẩu đạt 1,21 tỷ USD. Toàn tỉnh có 1.184 doanh nghiệp thành lập mới.';
    expect(figureAt(text, '1,21').locality).toBe('tỉnh Bến Tre');
    expect(figureAt(text, '1.184').locality).toBe('tỉnh Vĩnh Long');
  });
});

describe('a former unit named as a part after another place with its own figure', () => {
  it('owns the figure after it, though the place before is more specific', () => {
    const text = 'Lâm Đồng đón 15 triệu lượt khách.\n\nTrong đó, Đà Lạt đón 6 triệu lượt, khu vực Bình Thuận cũ đón 7 triệu lượt.';
    expect(figureAt(text, '6 triệu').locality).toBe('thành phố Đà Lạt');
    expect(figureAt(text, '7 triệu').locality).toBe('tỉnh Bình Thuận');
  });
  it('does not take the figures of a more specific place named after it', () => {
    const text = 'Lâm Đồng đón 15 triệu lượt khách.\n\nTại khu vực Bình Thuận cũ, xã Hàm Thuận đón 7 triệu lượt.';
    expect(figureAt(text, '7 triệu').locality).toBe('xã Hàm Thuận');
  });
  it('does not take the figure of a place it only locates', () => {
    const text = 'Lâm Đồng đón 15 triệu lượt khách.\n\nTại xã Hàm Thuận (khu vực Bình Thuận cũ), lượng khách đạt 7 triệu lượt.';
    expect(figureAt(text, '7 triệu').locality).toBe('xã Hàm Thuận');
  });
});

describe('after the merger, a merged-away province in a report on the one it joined', () => {
  const text = 'Vĩnh Long: xuất khẩu 10 tháng tăng 15%\n\nKim ngạch xuất khẩu đạt 3,1 tỷ USD. Riêng mặt hàng dừa của Bến Tre đạt 520 triệu USD. Toàn tỉnh có 1.300 doanh nghiệp xuất khẩu.';
  it('owns its clause but is not what "toàn tỉnh" means after it', () => {
    expect(figureAt(text, '520', { published: '2025-11-05' }).locality).toBe('tỉnh Bến Tre');
    expect(figureAt(text, '1.300', { published: '2025-11-05' }).locality).toBe('tỉnh Vĩnh Long');
  });
  it('before the merger it is still the province last named', () => {
    expect(figureAt(text, '1.300', { published: '2024-11-05' }).locality).toBe('tỉnh Bến Tre');
  });
  it('a report of the old province that names no successor keeps it as its place', () => {
    const own = 'Bến Tre: kết quả 6 tháng đầu năm 2025\n\nKim ngạch xuất khẩu đạt 1,1 tỷ USD. Toàn tỉnh có 1.300 doanh nghiệp xuất khẩu.';
    expect(figureAt(own, '1.300', { published: '2025-07-03' }).locality).toBe('tỉnh Bến Tre');
  });
});

describe('a merger verb before a list of communes', () => {
  const lead = 'Xã Long Hựu (mới) tổng kết năm 2025\n\nXã Long Hựu (mới) được thành lập trên cơ sở sáp nhập xã Long Hựu Đông, xã Long Hựu Tây và xã Long Khánh của huyện Cần Đước cũ.\n\n';
  it('marks every commune of the list: "xã phấn đấu" is still the new commune', () => {
    const text = `${lead}Năm 2026, xã phấn đấu tổng giá trị sản xuất tăng 9% trở lên.`;
    expect(figureAt(text, '9%', { published: '2026-01-12' }).locality).toBe('xã Long Hựu');
  });
  it('a commune named after the list with its own figure keeps it', () => {
    const text = `${lead}Năm 2025, xã Long Khánh có 5.000 hộ dân.`;
    expect(figureAt(text, '5.000', { published: '2026-01-12' }).locality).toBe('xã Long Khánh');
  });
});

describe('a former district in a bracket after merged communes', () => {
  const opts = { published: '2025-08-19' };
  const text = 'Đại hội Đảng bộ xã Nghĩa Hành\n\nXã Nghĩa Hành được thành lập trên cơ sở sáp nhập từ 3 xã: Phú Sơn, Nghĩa Hành và Tân Hương (huyện Tân Kỳ cũ), có diện tích tự nhiên 112 km2, với 697 đảng viên.';
  it('owns nothing after its bracket', () => {
    expectFigure(text, '697', { locality: 'xã Nghĩa Hành' }, opts);
  });
  it('a former district reported on as a part still owns its clause', () => {
    expectFigure('Đại hội Đảng bộ tỉnh Nghệ An\n\nRiêng khu vực huyện Tân Kỳ cũ có 697 đảng viên.', '697', { locality: 'huyện Tân Kỳ' }, opts);
  });
});
