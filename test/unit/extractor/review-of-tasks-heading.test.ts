// "A. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2018:" heads a review of the tasks carried out: its
// items are results. "Quý IV, huyện tập trung thực hiện các nhiệm vụ:" still sets the tasks ahead: its items are targets.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2018-07-04' };

describe('a heading that reviews the tasks', () => {
  it('its items are results', () => {
    const text = 'Báo cáo kinh tế - xã hội\n\nA. TÌNH HÌNH THỰC HIỆN NHIỆM VỤ KINH TẾ - XÃ HỘI 6 THÁNG ĐẦU NĂM 2018:\n1. Dịch vụ: Tổng mức bán lẻ hàng hóa và dịch vụ đạt 1.094 tỷ đồng, tăng 4,1% so với cùng kỳ.';
    expect(figureAt(text, '1.094', opts).modality).toBe('actual');
  });

  it('a heading that sets tasks still makes targets', () => {
    const text = 'Kinh tế huyện 6 tháng\n\nThời gian tới, huyện tập trung thực hiện các nhiệm vụ:\n- Thu ngân sách cả năm đạt 151 tỷ đồng trở lên;\n- Giải quyết việc làm cho 350 lao động.';
    expect(figureAt(text, '151', opts).modality).toBe('target');
  });
});
