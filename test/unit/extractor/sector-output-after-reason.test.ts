// "Trong đó, sản xuất nông, lâm, thủy sản do gặp nhiều khó khăn … nên tổng giá trị sản xuất chỉ đạt 2.257,1 tỷ đồng": the
// reason told between a sector and "giá trị sản xuất" does not make the output the whole economy's.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-10-02' };

describe('a sector, a reason, then its output value', () => {
  it('farming hit by a reason keeps its own output', () => {
    const text = 'Sơ kết 9 tháng\n\n9 tháng, tổng giá trị sản xuất của huyện ước đạt 6.120 tỷ đồng. Trong đó, sản xuất nông, lâm, thủy sản do hạn hán kéo dài ở các xã ven biển, giá vật tư nông nghiệp tăng cao, dịch bệnh trên đàn vật nuôi diễn biến phức tạp nên giá trị sản xuất chỉ đạt 1.480 tỷ đồng, giảm 2,1%.';
    expect(figureAt(text, '1.480 tỷ đồng', OPTS)).toMatchObject({ indicator: 'agricultural_output_value' });
    expect(figureAt(text, '6.120 tỷ đồng', OPTS)).toMatchObject({ indicator: 'total_output_value' });
  });

  it('industry with a reason keeps its own output', () => {
    const text = 'Kinh tế\n\nSản xuất công nghiệp do một số nhà máy may mặc, chế biến gỗ thiếu đơn hàng xuất khẩu, phải cắt giảm lao động trong nhiều tháng nên tổng giá trị sản xuất chỉ tăng 3,4% so với cùng kỳ.';
    expect(figureAt(text, '3,4%', OPTS)).toMatchObject({ indicator: 'industrial_output_value' });
  });

  it('a reason with no sector before it leaves the total', () => {
    const text = 'Kinh tế\n\nDo thời tiết thuận lợi và giá cả ổn định nên tổng giá trị sản xuất ước đạt 5.200 tỷ đồng.';
    expect(figureAt(text, '5.200 tỷ đồng', OPTS)).toMatchObject({ indicator: 'total_output_value' });
  });
});
