// "Một số chỉ tiêu năm 2027 (tăng so với ước thực hiện năm 2026):" over "- Thu ngân sách: tăng 8 - 10%;": a heading that
// measures next year's aims against this year's estimated result names a base, the year 2026, as "(so với năm 2022)"
// does; its "ước" is the base's, not the items' modality, so the aims stay targets. A heading that says its items are
// estimates ("Ước thực hiện năm 2026 (so với năm 2025):") still makes them estimates.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'BÁO HUẾ\nThứ Ba, 08/12/2026 | 09:40\n\nPhường Thuận Hoá: 16/17 chỉ tiêu năm 2026 đạt và vượt\n\n' +
  'Sáng 7/12, HĐND phường Thuận Hoá khoá I tổ chức kỳ họp thứ 4 để đánh giá kết quả năm 2026 và quyết định nhiệm vụ năm 2027.\n\n';

describe("a heading measured against the estimated result", () => {
  it('the aims under it are targets against the year before', () => {
    const text = `${HEAD}Một số chỉ tiêu năm 2027 (tăng so với ước thực hiện năm 2026):\n- Thu ngân sách: tăng 8 - 10%;\n- Khách lưu trú: tăng 10%;\n- Tỷ lệ hộ nghèo: dưới 0,2%.`;
    const f = figureAt(text, '8 - 10%');
    expect(f.modality).toBe('target');
    expect(f.base).toBe('2026');
    expect(figureAt(text, '0,2%').modality).toBe('target');
  });

  it('a heading of estimates keeps its items estimates', () => {
    const text = `${HEAD}Ước thực hiện năm 2026 (tăng, giảm so với năm 2025):\n- Thu ngân sách: tăng 12,4%;\n- Khách lưu trú: tăng 9,6%.`;
    const f = figureAt(text, '12,4%');
    expect(f.modality).toBe('estimate');
    expect(f.base).toBe('2025');
  });
});
