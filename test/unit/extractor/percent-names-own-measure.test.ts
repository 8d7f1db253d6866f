// A percentage whose own words name what it measures, where the indicator lexicon knows no name, is not the rate its
// paragraph or the article spoke of before: "Tỷ lệ thu hồi tài sản … đạt 68,3%" after the crime clearance rate,
// "Chỉ số giá vàng … giảm 0,22%" and "giá xăng giảm 4,98%" in a CPI report, "100% trạm y tế có bác sĩ" after child
// malnutrition, "trên 90% chi bộ ấp …" after health insurance. Seen in 54 unscored figures across the folders.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const cpi = 'Chỉ số giá tiêu dùng (CPI) tháng 9 tăng 0,29% so với tháng trước.\n\n';

describe('a percentage that names its own measure takes no indicator from before', () => {
  it('"Tỷ lệ thu hồi tài sản" is not the crime clearance rate', () => {
    const text = 'Tỷ lệ điều tra khám phá án đạt 92%.\n\nTỷ lệ thu hồi tài sản trong các vụ án kinh tế, tham nhũng đạt 68,3%.';
    expect(figureAt(text, '68,3%').indicator).toBeUndefined();
  });
  it('the gold price index and a petrol price are not the CPI', () => {
    const text = `${cpi}Chỉ số giá vàng tháng 9 giảm 0,22% so với tháng trước. Bình quân giá xăng giảm 4,98%, giá dầu diesel giảm 6,3%.`;
    expect(figureAt(text, '0,22%').indicator).toBeUndefined();
    expect(figureAt(text, '4,98%').indicator).toBeUndefined();
    expect(figureAt(text, '6,3%').indicator).toBeUndefined();
  });
  it('a share of health stations or party cells is not the rate named before', () => {
    const text = 'Tỷ lệ suy dinh dưỡng thể thấp còi giảm còn 24%; 100% trạm y tế có bác sĩ; trên 90% chi bộ ấp đạt trong sạch, vững mạnh.';
    expect(figureAt(text, '100%').indicator).toBeUndefined();
    expect(figureAt(text, '90%').indicator).toBeUndefined();
  });
  it('a bare rate or a share of the plan still takes the topic', () => {
    const text = `${cpi}Bình quân 9 tháng tăng 3,88% so với cùng kỳ.`;
    expect(figureAt(text, '3,88%').indicator).toBe('cpi');
    const plan = 'Tỷ lệ giải ngân vốn đầu tư công đạt 41,2%.\n\nHuyện Tây Giang đạt 22,7% kế hoạch, huyện Phước Sơn đạt 26%.';
    expect(figureAt(plan, '22,7%').indicator).toBe('public_investment_disbursement');
  });
  it('a target the national assembly set keeps the growth it is compared with', () => {
    const text = 'GDP năm 2023 tăng 5,05%, thấp hơn mục tiêu 6,5% Quốc hội đề ra.';
    expect(figureAt(text, '6,5%').indicator).toBe('grdp_growth');
  });
  it('"giảm 0,2 điểm phần trăm hộ nghèo" is still the poverty rate', () => {
    const text = 'Tỷ lệ hộ nghèo còn 0,41%.\n\nNăm 2025, thị xã phấn đấu giảm 0,15 - 0,2 điểm phần trăm hộ nghèo.';
    expect(figureAt(text, '0,15 - 0,2 điểm phần trăm').indicator).toBe('poverty_rate');
  });
  it('"tỷ lệ học sinh tiểu học đi học đúng độ tuổi" is the enrolment rate', () => {
    const text = 'Tỷ lệ học sinh tiểu học đi học đúng độ tuổi đạt 99,8%, trung học cơ sở đạt 96,3%.';
    expect(figureAt(text, '99,8%').indicator).toBe('school_enrollment_rate');
  });
});
