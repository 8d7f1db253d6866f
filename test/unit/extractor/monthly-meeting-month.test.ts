// A people's committee's regular monthly meeting is named by the month it sits in ("phiên họp thường kỳ tháng 6"), which
// is not the stretch its report reviews ("đánh giá kết quả 6 tháng đầu năm 2024"): the figures below are the half
// year's. A press conference's month ("họp báo thường kỳ tháng 10") is still the month its figures are given for.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-07-05' };

describe('the month of a regular meeting', () => {
  it('does not frame the report it hears', () => {
    const text = 'UBND huyện họp phiên thường kỳ tháng 6, đánh giá kết quả 6 tháng đầu năm 2024\n\n' +
      'Sáng 4/7, UBND huyện Krông Búk tổ chức phiên họp thường kỳ tháng 6 nhằm đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2024.\n\n' +
      'Về nông nghiệp, diện tích cây cà phê toàn huyện là 9.820 ha, cho thu hoạch 8.900 ha.';
    expect(figureAt(text, '9.820 ha', opts).period).toBe('2024-H1');
  });

  it('frames a report that names no other stretch', () => {
    const text = 'UBND thị xã họp thường kỳ tháng 6\n\nChiều 28/6, UBND thị xã tổ chức phiên họp thường kỳ tháng 6.\n\n' +
      'Trong tháng, thị xã cấp 45 giấy chứng nhận quyền sử dụng đất.';
    expect(figureAt(text, '45 giấy chứng nhận', opts).period).toBe('2024-M06');
  });

  it('a press conference\'s month still dates its figures', () => {
    const text = 'Họp báo thường kỳ tháng 6/2024\n\nChiều 28/6, Văn phòng UBND tỉnh tổ chức họp báo thường kỳ tháng 6/2024.\n\n' +
      'Ổ dịch lớn nhất tại phường Hưng Dũng với 43 ca mắc.';
    expect(figureAt(text, '43 ca', { published: '2024-06-28' }).period).toBe('2024-M06');
  });
});
