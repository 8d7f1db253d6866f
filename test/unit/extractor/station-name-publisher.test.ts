// A provincial radio-TV station's name over the page ("STV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG", "BÁO VÀ PHÁT
// THANH, TRUYỀN HÌNH LÂM ĐỒNG") says who publishes, as a newspaper's does: the commune or district the headline names
// is the place of every paragraph that names none.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Đảng bộ xã Long Phú kết nạp đảng viên mới\n\n';
const BODY = '(STV) - Năm 2023, Đảng bộ xã Long Phú (huyện Long Phú) tổ chức nhiều hoạt động thiết thực, tập trung công tác phát triển đảng viên ở các ấp, trường học và doanh nghiệp.\n\n' +
  'Cuối năm, có 11/13 chi bộ được đánh giá hoàn thành tốt nhiệm vụ trở lên.';

describe('a station\'s name names the publisher', () => {
  it('the headline\'s commune owns a later paragraph under a station\'s name', () => {
    const text = `STV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH SÓC TRĂNG\nTrang chủ | Tin tức | Lịch phát sóng\n\n${HEAD}${BODY}`;
    expect(figureAt(text, '11/13').locality).toBe('xã Long Phú');
  });

  it('a merged paper and station names its province the same way', () => {
    const text = `BÁO VÀ PHÁT THANH, TRUYỀN HÌNH SÓC TRĂNG\n\n${HEAD}${BODY}`;
    expect(figureAt(text, '11/13').locality).toBe('xã Long Phú');
  });

  it('a station named inside a sentence is no masthead: its province stays a place of the text', () => {
    const text = `Tin từ phóng viên của Đài Phát thanh và Truyền hình Sóc Trăng\n\nGiữ vững tổ chức cơ sở đảng\n\n${BODY.replace(/xã Long Phú \(huyện Long Phú\)/, 'các xã')}`;
    expect(figureAt(text, '11/13').locality).toBe('tỉnh Sóc Trăng');
  });
});
