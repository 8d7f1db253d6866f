// A figure's own words (and those of the figure before it in its clause) may say it measures something other than
// the indicator its unit, a neighbour or the topic suggested: the area of industrial parks or of shrimp ponds is no
// sown area, patients counted in "lượt người" are no tourists, party members disciplined are no new members, doctors
// missing are no rate per population. Seen in 49 unscored figures across the folders.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('words against an indicator withhold it', () => {
  it('an industrial park area and a shrimp-farming area are not crop_area', () => {
    const parks = 'Tỉnh hiện có 29 khu công nghiệp với tổng diện tích 13.420 ha, tỷ lệ lấp đầy 91%.';
    expect(figureAt(parks, '13.420 ha').indicator).toBeUndefined();
    const shrimp = 'Tổng diện tích nuôi tôm của thị xã đạt 6.420 ha.';
    expect(figureAt(shrimp, '6.420 ha').indicator).toBeUndefined();
  });
  it('patients are not tourists, disciplined members are not new ones, missing doctors are no rate', () => {
    const health = 'Các cơ sở y tế đã khám, chữa bệnh cho 1,86 triệu lượt người, tăng 7,4% so với cùng kỳ.';
    expect(figureAt(health, '1,86 triệu lượt người').indicator).toBeUndefined();
    expect(figureAt(health, '7,4%').indicator).toBeUndefined();
    const party = 'Kết nạp 245 đảng viên mới. Ủy ban Kiểm tra đã thi hành kỷ luật 19 đảng viên.';
    expect(figureAt(party, '19 đảng viên').indicator).toBeUndefined();
    const doctors = 'Toàn tỉnh đạt 13,5 bác sĩ/vạn dân. Tỉnh còn thiếu khoảng 260 bác sĩ so với nhu cầu.';
    expect(figureAt(doctors, '260 bác sĩ').indicator).toBeUndefined();
  });
  it('the same units keep their indicator when the words agree', () => {
    const sown = 'Toàn huyện xuống giống 19.850 ha lúa, năng suất bình quân 58,6 tạ/ha.';
    expect(figureAt(sown, '19.850 ha').indicator).toBe('crop_area');
    const tourists = 'Thành phố đón 1,2 triệu lượt khách, tăng 15%.';
    expect(figureAt(tourists, '1,2 triệu lượt khách').indicator).toBe('tourist_arrivals');
    const members = 'Năm 2024, huyện kết nạp 245 đảng viên mới.';
    expect(figureAt(members, '245 đảng viên').indicator).toBe('new_party_members');
  });
});
