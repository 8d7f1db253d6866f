// "HĐND thị xã Bình Minh khai mạc kỳ họp thứ 11 (kỳ họp thường lệ giữa năm 2023)" over "Theo báo cáo của UBND thị xã, 6
// tháng đầu năm 2023, …": when neither headline nor lead names the half-year outright, the session's name still is no
// frame; the half-year the report opens with dates the paragraphs that name no period of their own.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2023-07-14' };
const rest = '\n\nTheo báo cáo của UBND thị xã, 6 tháng đầu năm 2023, thu ngân sách trên địa bàn ước đạt 96,2 tỷ đồng, đạt 52% dự toán.' +
  '\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước thực hiện 3.420 tỷ đồng, tăng 9,8% so với cùng kỳ.';

describe('a session named "kỳ họp thường lệ giữa năm 2023" in the lead', () => {
  it('is not carried: the half-year opening the report dates the next paragraph', () => {
    const text = 'HĐND thị xã Bình Minh khai mạc kỳ họp thứ 11\n\nSáng 13/7, HĐND thị xã Bình Minh khóa XII, nhiệm kỳ 2021 - 2026 ' +
      'khai mạc kỳ họp thứ 11 (kỳ họp thường lệ giữa năm 2023). Dự khai mạc có lãnh đạo Thường trực HĐND tỉnh.' + rest;
    expect(figureAt(text, '3.420 tỷ đồng', opts).period).toBe('2023-H1');
  });

  it('a lead naming the year plainly still frames it', () => {
    const text = 'HĐND thị xã Bình Minh khai mạc kỳ họp thứ 11\n\nSáng 13/7, HĐND thị xã Bình Minh khai mạc kỳ họp thứ 11 để ' +
      'đánh giá kết quả năm 2023. Dự khai mạc có lãnh đạo Thường trực HĐND tỉnh.\n\nTổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước thực hiện 3.420 tỷ đồng.';
    expect(figureAt(text, '3.420 tỷ đồng', { published: '2023-12-14' }).period).toBe('2023');
  });
});
