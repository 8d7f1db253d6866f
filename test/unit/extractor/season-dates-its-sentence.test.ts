// "Sản xuất nông nghiệp ổn định; vụ Xuân 2023 gieo cấy 2.145 ha lúa, năng suất ước đạt 65,2 tạ/ha. Tổng mức bán lẻ hàng
// hoá và doanh thu dịch vụ ước đạt 4.215 tỷ đồng" (a town's half-year report): a season named with its year inside its
// sentence dates that sentence, not the next one, which stays in the report's half-year. A season that opens its
// sentence ("Vụ Xuân 2024, …") still sets the topic of the sentences after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-06' };
const LEAD = 'Huyện Yên Định: 6 tháng đầu năm thu ngân sách đạt 58% dự toán\n\nChiều 5/7, UBND huyện Yên Định tổ chức hội nghị đánh giá tình hình kinh tế - xã hội 6 tháng đầu năm 2024, triển khai nhiệm vụ 6 tháng cuối năm. Theo báo cáo, 6 tháng đầu năm 2024, tình hình kinh tế - xã hội của huyện tiếp tục phát triển ổn định, các chỉ tiêu chủ yếu đều đạt khá so với kế hoạch năm.\n\n';

describe('a season named inside its sentence', () => {
  it('dates its own figures, not the next sentence\'s', () => {
    const text = LEAD + 'Sản xuất nông nghiệp được mùa; vụ Xuân 2024 gieo cấy 6.420 ha lúa, năng suất đạt 68,1 tạ/ha. Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ ước đạt 3.180 tỷ đồng, tăng 9,6% so với cùng kỳ.';
    expect(figureAt(text, '6.420 ha', OPTS).period).toBe('2024');
    expect(figureAt(text, '3.180 tỷ đồng', OPTS).period).toBe('2024-H1');
  });
});

describe('a season that opens its sentence', () => {
  it('goes on dating the sentence after it', () => {
    const text = LEAD + 'Vụ Xuân 2024, huyện gieo cấy 6.420 ha lúa. Năng suất bình quân đạt 68,1 tạ/ha, cao nhất từ trước đến nay.';
    expect(figureAt(text, '68,1 tạ/ha', OPTS).period).toBe('2024');
  });
});
