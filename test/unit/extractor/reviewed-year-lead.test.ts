// A year-end session's page may single out a part of the year in its headline ("Thu ngân sách quý IV tăng 15%") while its
// lead says the session reviews the whole year ("đánh giá kết quả thực hiện nhiệm vụ năm 2025"): the year frames the
// body, and the part dates the headline alone. A lead that only names the year, without reviewing it, leaves the
// headline's stretch the frame.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-22' };

describe('a headline part of a year the lead reviews whole', () => {
  it('dates the body by the reviewed year and the headline by its part', () => {
    const text = 'Phường Tân An: Thu ngân sách quý IV tăng 15%\n\n' +
      'Ngày 20/12, HĐND phường Tân An khóa I tổ chức kỳ họp thường lệ để đánh giá kết quả thực hiện nhiệm vụ năm 2025, xem xét, quyết định phương hướng, nhiệm vụ phát triển kinh tế - xã hội năm 2026.\n\n' +
      'Toàn phường còn 12 hộ nghèo, chiếm 0,3%. Tỷ lệ tham gia bảo hiểm y tế đạt 95,1%.\n';
    expect(figureAt(text, '15%', opts).period).toBe('2025-Q4');
    expect(figureAt(text, '12 hộ', opts).period).toBe('2025');
    expect(figureAt(text, '95,1%', opts).period).toBe('2025');
  });

  it('keeps the headline stretch as the frame when the lead does not review the year', () => {
    const text = 'Phường Tân An: Thu ngân sách quý IV tăng 15%\n\n' +
      'Ngày 20/12, Đảng ủy phường Tân An tổ chức hội nghị cán bộ chủ chốt năm 2025, quán triệt các nghị quyết mới của Trung ương, của tỉnh và bàn giải pháp thu ngân sách những ngày cuối năm.\n\n' +
      'Toàn phường thu được 46 tỷ đồng.\n';
    expect(figureAt(text, '46 tỷ', opts).period).toBe('2025-Q4');
  });
});
