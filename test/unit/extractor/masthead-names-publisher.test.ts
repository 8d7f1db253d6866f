// A newspaper's name over the page ("BÁO ĐẮK LẮK ĐIỆN TỬ") says who publishes it: when the headline names a district,
// the district is the page's place; when the head names nothing else, the paper's province still is.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const BODY = 'Nhân dịp cuối năm, phóng viên có cuộc trao đổi về kết quả phát triển kinh tế - xã hội, giảm nghèo và xây dựng nông thôn mới trong năm qua cùng những mục tiêu lớn cho năm tới của địa phương.\n\n' +
  'Tính chung, tỷ lệ hộ dân nông thôn sử dụng nước hợp vệ sinh năm 2024 đạt 98,6%.';

describe('the masthead names the publisher', () => {
  it('a district in the headline wins over the paper\'s province', () => {
    const text = `BÁO ĐẮK LẮK ĐIỆN TỬ\n\nBí thư Huyện ủy Krông Pắc: "Giữ đà tăng trưởng"\n\n${BODY}`;
    expect(figureAt(text, '98,6%').locality).toBe('huyện Krông Pắc');
  });

  it('with no other place in the head, the paper\'s province is the page\'s', () => {
    const text = `BÁO ĐẮK LẮK ĐIỆN TỬ\n\nGiữ đà tăng trưởng trong năm khó khăn\n\n${BODY}`;
    expect(figureAt(text, '98,6%').locality).toBe('tỉnh Đắk Lắk');
  });
});
