// "…, bằng 102% dự toán tỉnh giao; chi ngân sách 86,4 tỷ đồng" on a ward's page that named its province before: the level
// that assigned the plan ("dự toán tỉnh giao", "kế hoạch thành phố giao") is no new subject for the clauses after it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-12-19' };
const head = 'Phường Rạch Giá tổng kết năm 2025\n\nPhường Rạch Giá là trung tâm hành chính của tỉnh An Giang mới sau hợp nhất với tỉnh Kiên Giang, có 18 khu phố.\n\n';

describe('the level that assigned a plan', () => {
  it('does not take the clause after it', () => {
    const text = head + 'Từ ngày 1/7 đến 15/12/2025, thu ngân sách do phường quản lý đạt 198 tỷ đồng, bằng 102% dự toán tỉnh giao; chi ngân sách 86,4 tỷ đồng.';
    expect(figureAt(text, '86,4 tỷ đồng', opts).locality).toBe('phường Rạch Giá');
  });

  it('the province as the subject of its own clause still owns it', () => {
    const text = head + 'Từ ngày 1/7 đến 15/12/2025, thu ngân sách do phường quản lý đạt 198 tỷ đồng; toàn tỉnh thu ngân sách đạt 21.400 tỷ đồng.';
    expect(figureAt(text, '21.400 tỷ đồng', opts).locality).toBe('tỉnh An Giang');
  });
});
