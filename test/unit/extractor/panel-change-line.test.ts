// An infographic panel's change line under its value ("GRDP BÌNH QUÂN ĐẦU NGƯỜI" / "68,4 triệu đồng" / "Tăng 5,2 triệu
// đồng so với năm 2022") measures what the heading names, per head too; a change line under a line of prose does not
// take the heading above that.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a change line under a panel value', () => {
  it('takes the heading measure, per head', () => {
    const text = 'KINH TẾ TỈNH NĂM 2023\n\nGRDP BÌNH QUÂN ĐẦU NGƯỜI\n68,4 triệu đồng\nTăng 5,2 triệu đồng so với năm 2022\n';
    const f = figureAt(text, '5,2 triệu đồng');
    expect([f.kind, f.indicator, f.unit, f.base]).toEqual(['change', 'grdp_per_capita', 'VND/người/năm', '2022']);
  });

  it('under a line of prose it takes no heading', () => {
    const text = 'GRDP BÌNH QUÂN ĐẦU NGƯỜI\nNgười dân vùng bãi ngang có thêm nguồn thu từ nghề muối và nuôi ngao\nTăng 5,2 triệu đồng so với năm 2022\n';
    expect(figureAt(text, '5,2 triệu đồng').indicator).toBeUndefined();
  });
});
