// "Chợ Mới: thu ngân sách vượt dự toán" over "UBND huyện Chợ Mới …" and, further down, "riêng thị trấn Chợ Mới …": the
// district and its town share a name the gazetteer does not read bare; the headline names the district the page speaks
// of, and only the town's own clause is the town's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-12-20' };
const page = (town: string) => `BÁO AN GIANG

Chợ Mới: Thu ngân sách năm 2023 vượt dự toán

Ngày 19/12, UBND huyện Chợ Mới tổ chức hội nghị tổng kết tình hình kinh tế - xã hội năm 2023 và triển khai nhiệm vụ năm 2024. Theo báo cáo, thu ngân sách trên địa bàn đạt 312 tỷ đồng, vượt 4% dự toán; ${town} thu được 41 tỷ đồng.

Năm 2023, huyện giải quyết việc làm cho 3.460 lao động, giảm còn 1,9% hộ nghèo.`;

describe('a headline naming a district by the name its town shares', () => {
  it('gives the page to the district, not the town named further down', () => {
    const text = page('riêng thị trấn Chợ Mới');
    expect(figureAt(text, '3.460', opts).locality).toBe('huyện Chợ Mới');
    expect(figureAt(text, '312 tỷ', opts).locality).toBe('huyện Chợ Mới');
  });

  it("leaves the town its own clause", () => {
    expect(figureAt(page('riêng thị trấn Chợ Mới'), '41 tỷ', opts).locality).toBe('thị trấn Chợ Mới');
  });

  it('still gives a commune named bare in the headline the page when no district shares its name', () => {
    const text = `Mỹ Hội Đông: về đích nông thôn mới nâng cao

Năm 2023, xã Mỹ Hội Đông đạt 19/19 tiêu chí nông thôn mới nâng cao; thu nhập bình quân đầu người đạt 68 triệu đồng.`;
    expect(figureAt(text, '68 triệu', opts).locality).toBe('xã Mỹ Hội Đông');
  });
});
