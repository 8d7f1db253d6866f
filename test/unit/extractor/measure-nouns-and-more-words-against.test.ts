// More of the same two patterns, as data: nouns that are a measure by themselves ("Chi phí giảm khoảng 15%", "nợ quá
// hạn chỉ chiếm 0,12%", money "mỗi căn từ 40 - 60 triệu đồng") take no indicator from before; and words against an
// indicator ("xảy ra 12 vụ cháy" is no traffic accident, "giải quyết cho 1.902 người hưởng chế độ hưu trí" no social
// insurance coverage, "xây mới 25 trường học" no standard schools, "kết nối trực tuyến tới 124 xã" no NTM communes).
// Seen in 10 unscored figures.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('measure nouns and more words against an indicator', () => {
  it('costs, bad debt and money per house take no topic', () => {
    const rice = 'Toàn tỉnh xuống giống 181.000 ha lúa.\n\nVụ này, chi phí sản xuất giảm khoảng 15% so với vụ trước.';
    expect(figureAt(rice, '15%').indicator).toBeUndefined();
    const loans = 'Giải ngân vốn đầu tư công đạt 81,7%.\n\nNgân hàng cho vay 760 tỷ đồng; nợ quá hạn chỉ chiếm 0,12%.';
    expect(figureAt(loans, '0,12%').indicator).toBeUndefined();
    const houses = 'Giải ngân vốn đầu tư công đạt 81,7%.\n\nTỉnh hỗ trợ sửa chữa 1.870 căn nhà, mỗi căn từ 40 - 60 triệu đồng.';
    expect(figureAt(houses, '40 - 60 triệu đồng').indicator).toBeUndefined();
  });
  it('fires, pensions, new school buildings and an online meeting withhold their indicators', () => {
    const fires = 'Tai nạn giao thông xảy ra 80 vụ.\n\nCông tác phòng cháy được tăng cường, toàn tỉnh xảy ra 12 vụ cháy.';
    expect(figureAt(fires, '12 vụ').indicator).toBeUndefined();
    const pensions = 'Tỷ lệ tham gia BHXH đạt 27% lực lượng lao động.\n\nToàn ngành đã giải quyết cho 1.902 người hưởng chế độ hưu trí.';
    expect(figureAt(pensions, '1.902 người').indicator).toBeUndefined();
    const schools = 'Tỷ lệ trường đạt chuẩn quốc gia đạt 66%.\n\nXây mới, đưa vào sử dụng 25 trường học.';
    expect(figureAt(schools, '25 trường học').indicator).toBeUndefined();
    const meeting = 'Toàn tỉnh có 186 xã đạt chuẩn nông thôn mới.\n\nHội nghị được kết nối trực tuyến tới 124 xã, phường.';
    // (Since the meeting-connection-points rule the count is no figure at all, so it has no NTM indicator either.)
    expectNoFigureAt(meeting, '124 xã');
  });
  it('the same units keep their indicator when the words agree', () => {
    const accidents = 'Toàn tỉnh xảy ra 97 vụ tai nạn giao thông, làm chết 46 người.';
    expect(figureAt(accidents, '97 vụ').indicator).toBe('traffic_accidents');
    const communes = 'Tính đến ngày 30/6/2025, trước khi sắp xếp đơn vị hành chính, toàn tỉnh có 186/346 xã đạt chuẩn nông thôn mới.';
    expect(figureAt(communes, '186/346 xã').indicator).toBe('new_rural_communes');
    const disbursed = 'Giải ngân vốn đầu tư công đạt 3.412 tỷ đồng, đạt 52,3% kế hoạch.';
    expect(figureAt(disbursed, '52,3%').indicator).toBe('public_investment_disbursement');
  });
});
