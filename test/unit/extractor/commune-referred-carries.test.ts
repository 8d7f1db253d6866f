// A district page's feature on one commune: "lãnh đạo xã Phước Vinh (huyện Ninh Phước) …", then "Năm 2016, xã được công
// nhận …, thu nhập … 27,82 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 4,96%. Đến đầu năm 2019, … 35,04 triệu đồng". The
// bare "xã" speaks of the commune named before, and the rest of its paragraph is about it too — not only the clause the
// word stands in. The next paragraph goes back to the page's place. Pattern from a national paper's feature on a commune
// of Ninh Thuận (2019).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2019-09-26' };
const lead = 'Thời gian qua, kể từ sau khi đạt chuẩn nông thôn mới năm 2016, lãnh đạo xã Phước Vinh (huyện Ninh Phước) đã chỉ đạo thống nhất từ xã đến thôn với nhiều giải pháp duy trì và nâng chất lượng các tiêu chí, phấn đấu đạt chuẩn nông thôn mới nâng cao trong năm 2019.';
const page = (body: string) => `Báo Ninh Thuận\n26/09/2019\n\nNinh Phước: Thành tựu từ xây dựng nông thôn mới\n\n${lead}\n\n${body}`;

describe('a commune spoken of by its bare level word carries through its paragraph', () => {
  const text = page('Năm 2016, xã được công nhận đạt chuẩn nông thôn mới, thu nhập bình quân đầu người đạt 27,82 triệu đồng/người/năm; tỷ lệ hộ nghèo còn 4,96%. Đến đầu năm 2019, thu nhập đạt 35,04 triệu đồng/người/năm.\n\nNăm 2019, thu ngân sách ước đạt 120 tỷ đồng, tăng 8% so với năm trước.');
  it('past the semicolon of its sentence', () => {
    expect(figureAt(text, '4,96%', pub).locality).toBe('xã Phước Vinh');
  });
  it('into the next sentence of the paragraph', () => {
    expect(figureAt(text, '35,04', pub).locality).toBe('xã Phước Vinh');
  });
  it('"trong xã" opening the paragraph', () => {
    const t = page('Thu nhập của người dân trong xã ngày một nâng lên: năm 2011, thu nhập 12 triệu đồng/người/năm, tỷ lệ hộ nghèo chiếm 15,46%.');
    expect(figureAt(t, '15,46%', pub).locality).toBe('xã Phước Vinh');
  });
  it('but not into the next paragraph', () => {
    expect(figureAt(text, '120 tỷ', pub).locality).toBe('huyện Ninh Phước');
  });
});

describe('what does not carry', () => {
  it('a commune merged away, named before "toàn xã"', () => {
    const t = `Báo Đắk Lắk\n05/08/2025\n\nXã Ea Kar tổ chức đại hội đảng bộ lần thứ nhất\n\nXã Ea Kar được thành lập trên cơ sở sắp xếp thị trấn Ea Kar, xã Ea Đar và xã Cư Huê thuộc huyện Ea Kar (cũ), có diện tích tự nhiên 112,4 km2, dân số khoảng 48.600 người, gồm 41 thôn, buôn, tổ dân phố trực thuộc xã.\n\nỞ khu vực xã Cư Huê cũ, tỷ lệ hộ nghèo còn 2,1%.\n\nToàn xã có 9/14 buôn được xây mới nhà sinh hoạt cộng đồng. Năm 2024, tỷ lệ dân số tham gia bảo hiểm y tế đạt 94,6%.`;
    expect(figureAt(t, '94,6%', { published: '2025-08-05' }).locality).toBe('xã Ea Kar');
  });
});
