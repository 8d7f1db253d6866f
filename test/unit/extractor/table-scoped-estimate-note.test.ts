// "Vận tải (số liệu trong bảng là số ước tính)" speaks of the table under it: its cells are estimates, the prose after
// the table reports what was done. A note that names no table still makes everything after it an estimate.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const TABLE = 'Chỉ tiêu | Tháng 6/2025 | 6 tháng năm 2025 | 6 tháng so với cùng kỳ (%)\n' +
  'Hàng hóa vận chuyển (nghìn tấn) | 5.940 | 33.786 | 112,4\n';
const AFTER = '\nTrong 6 tháng, toàn tỉnh đưa 10.850 người đi làm việc ở nước ngoài theo hợp đồng.\n';

describe('an estimate note scoped to a table', () => {
  it('makes the table\'s cells estimates and leaves the prose after it actual', () => {
    const text = `5. Vận tải (số liệu trong bảng là số ước tính)\n${TABLE}${AFTER}`;
    expect(figureAt(text, '5.940').modality).toBe('estimate');
    expect(figureAt(text, '10.850').modality).toBe('actual');
  });

  it('a note that names no table governs the rest of the page', () => {
    const text = `Số liệu dưới đây là số ước tính.\n${TABLE}${AFTER}`;
    expect(figureAt(text, '10.850').modality).toBe('estimate');
  });
});
