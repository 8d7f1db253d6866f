// "thông qua NQ điều chỉnh dự toán thu, chi ngân sách năm 2025 … Theo đó, tổng thu cân đối ngân sách năm 2025 sau điều
// chỉnh gần 216 tỷ đồng": a budget estimate as adjusted is a plan, and so are the parts a "Trong đó," sentence gives;
// statistics revised after the fact ("GRDP sau điều chỉnh") stay results.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-09-20' };
const SESSION = 'Kỳ họp HĐND xã\n\nHĐND xã đã biểu quyết thông qua Nghị quyết điều chỉnh dự toán thu, chi ngân sách năm 2025 sau sắp xếp. ';

describe('an adjusted budget estimate', () => {
  it('is a plan', () => {
    const text = `${SESSION}Theo đó, tổng thu ngân sách năm 2025 sau điều chỉnh hơn 98 tỷ đồng, gấp 3 lần dự toán đầu năm.`;
    expect(figureAt(text, '98 tỷ đồng', OPTS)).toMatchObject({ modality: 'target', indicator: 'budget_revenue' });
  });

  it('its parts detailed in the next sentence are plans too', () => {
    const text = `${SESSION}Theo đó, tổng chi ngân sách sau điều chỉnh gần 97 tỷ đồng. Trong đó, chi thường xuyên hơn 80 tỷ đồng.`;
    expect(figureAt(text, '80 tỷ đồng', OPTS).modality).toBe('target');
  });

  it('revised statistics stay results', () => {
    const text = 'Kinh tế\n\nTheo số liệu của Cục Thống kê, quy mô GRDP năm 2024 sau điều chỉnh đạt 152.300 tỷ đồng.';
    expect(figureAt(text, '152.300 tỷ đồng', OPTS).modality).toBe('actual');
  });
});
