// "Nhóm dự án | Kế hoạch vốn | Đã giải ngân | Tỷ lệ (%)": the disbursed column holds what was done, read like a
// "Thực hiện" column; a column the table does not name ("Ghi chú") holds no figure.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const TABLE = 'Kết quả giải ngân theo nhóm dự án như sau (đơn vị: tỷ đồng):\n\n' +
  'Nhóm dự án | Kế hoạch vốn | Đã giải ngân | Tỷ lệ (%)\n' +
  'Dự án chuyển tiếp | 6.210,5 | 4.466,3 | 71,9\n';

describe('a disbursed column', () => {
  it('holds actual amounts beside the plan', () => {
    const f = figureAt(TABLE, '4.466,3');
    expect([f.value, f.unit, f.modality]).toEqual([4466.3e9, 'VND', 'actual']);
    expect(figureAt(TABLE, '6.210,5').modality).toBe('target');
  });

  it('an unnamed column beside it holds none', () => {
    const text = 'Nhóm dự án | Kế hoạch vốn | Ghi chú\nDự án chuyển tiếp | 6.210,5 | 12\n';
    expect(figuresIn(text).map((f) => f.text)).not.toContain('12');
  });
});
