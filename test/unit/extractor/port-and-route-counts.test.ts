// What ports and network operators count — berths, wharves, base stations — are figures of the place as hamlets and
// schools are: "Hiện toàn tỉnh có 31 bến cảng với 88 cầu cảng", "phát sóng 1.260 trạm BTS 5G". A berth named by its
// number ("bến cảng số 3") or a station by its voltage is none.
// Found by holdout83 (ports, airports and telecoms in the provinces).
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2024-03-12' };

describe('berths, wharves and stations counted', () => {
  it('reads berths, wharves and stations as counts', () => {
    const text = 'Tỉnh Bà Rịa - Vũng Tàu\n\nHiện toàn tỉnh có 48 bến cảng với 112 cầu cảng. Các nhà mạng đã phát sóng 860 trạm BTS 5G trong năm 2023.\n';
    expect(figureAt(text, '48', opts).unit).toBe('bến cảng');
    expect(figureAt(text, '112', opts).unit).toBe('cầu cảng');
    expect(figureAt(text, '860', opts).unit).toBe('trạm');
  });
  it('leaves a numbered berth and a voltage unread', () => {
    const text = 'Tỉnh Bà Rịa - Vũng Tàu\n\nTàu cập bến cảng số 3; trạm 110 kV Phú Mỹ đóng điện ngày 12/3. Cảng đón 1,2 triệu tấn hàng.\n';
    expectNoFigureAt(text, 'số 3', opts);
    expectNoFigureAt(text, '110 kV', opts);
    expect(figureAt(text, '1,2 triệu tấn', opts).unit).toBe('tấn');
  });
});
