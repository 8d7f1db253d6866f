// Hamlets that reach the model new-rural standard ("có thêm 2 thôn đạt chuẩn nông thôn mới kiểu mẫu", "5 ấp kiểu mẫu")
// are counted as hamlets: no commune indicator. Communes of that standard still are.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('model hamlets are not model communes', () => {
  it('a count of hamlets at the model standard takes no commune id', () => {
    const text = 'Năm 2024, xã Nậm Lạnh có thêm 2 thôn đạt chuẩn nông thôn mới kiểu mẫu, nâng tổng số lên 5 thôn.';
    expect(figureAt(text, '2 thôn').indicator).toBeUndefined();
  });

  it('a count of communes at the model standard is new_rural_communes_model', () => {
    const text = 'Năm 2024, huyện Văn Bàn có thêm 2 xã đạt chuẩn nông thôn mới kiểu mẫu.';
    expect(figureAt(text, '2 xã').indicator).toBe('new_rural_communes_model');
  });
});
