// "Báo Pháp luật TP.HCM" over "Thượng tướng …: Công an Vĩnh Long kéo giảm ít nhất 10% số vụ phạm tội …": a paper named
// after its city, with other words before the place, says who publishes; the headline's province is the page's. With no
// other place in the head, the paper's city still stands, as "Báo Đà Nẵng" does. Pattern from a national paper's report
// on a provincial police review (December 2025).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-12-30' };
const body = '\n\nNgày 30-12, Công an tỉnh Vĩnh Long tổ chức Hội nghị tổng kết công tác Công an năm 2025. Thứ trưởng Bộ Công an dự và chỉ đạo hội nghị.\n\nSố vụ phạm tội về trật tự xã hội giảm 29,7% so với cùng kỳ năm 2024. Tai nạn giao thông được kiềm chế, kéo giảm trên cả ba tiêu chí.';

describe('a paper named after its city with other words before the place', () => {
  it('gives way to the province the headline names', () => {
    const text = `Báo Pháp luật TP.HCM\n30/12/2025 17:26\n\nThượng tướng Lê Văn Tuyến: Công an Vĩnh Long kéo giảm ít nhất 10% số vụ phạm tội về trật tự xã hội${body}`;
    expect(figureAt(text, '29,7%', pub).locality).toBe('tỉnh Vĩnh Long');
  });
});

describe('what stays the paper\'s place', () => {
  it('a head that names no other place', () => {
    const text = 'Báo Pháp luật TP.HCM\n30/12/2025 17:26\n\nKéo giảm số vụ phạm tội về trật tự xã hội\n\nNăm 2025, trên địa bàn thành phố, số vụ phạm tội về trật tự xã hội giảm 12,4% so với cùng kỳ năm 2024, tai nạn giao thông giảm trên cả ba tiêu chí.';
    expect(figureAt(text, '12,4%', pub).locality).toBe('thành phố Hồ Chí Minh');
  });
});
