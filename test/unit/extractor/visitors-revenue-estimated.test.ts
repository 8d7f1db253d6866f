// "Toàn huyện đón 2,1 triệu lượt khách du lịch, doanh thu ước 2.450 tỷ đồng": the bare revenue after a count of visitors is
// what they brought also when "ước" (or "ước tính") stands between the noun and the amount with no verb, as "doanh thu đạt"
// and "doanh thu ước đạt" already were. A revenue that names its own earner stays unnamed.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO SƠN LA\nThứ Sáu, 20/12/2024 - 09:15\n\nMộc Châu: Du lịch tiếp tục khởi sắc\n\n';

describe('a bare estimated revenue after the visitors', () => {
  it('"doanh thu ước 2.450 tỷ đồng" is tourism revenue, an estimate', () => {
    const f = figureAt(`${HEAD}Năm 2024, toàn huyện Mộc Châu đón 2,1 triệu lượt khách du lịch, doanh thu ước 2.450 tỷ đồng.`, '2.450 tỷ đồng');
    expect(f.indicator).toBe('tourism_revenue');
    expect(f.modality).toBe('estimate');
  });

  it('"tổng doanh thu ước tính khoảng 860 tỷ đồng" too', () => {
    const f = figureAt(`${HEAD}Dịp nghỉ lễ 30/4 - 1/5, các điểm du lịch trong tỉnh đón 185.000 lượt khách, tổng doanh thu ước tính khoảng 860 tỷ đồng.`, '860 tỷ đồng');
    expect(f.indicator).toBe('tourism_revenue');
  });

  it('a revenue with its own earner after the visitors is not theirs', () => {
    const f = figureAt(`${HEAD}Năm 2024, toàn huyện Mộc Châu đón 2,1 triệu lượt khách du lịch; doanh thu của các hợp tác xã chè ước 310 tỷ đồng.`, '310 tỷ đồng');
    expect(f.indicator).toBeUndefined();
  });
});
