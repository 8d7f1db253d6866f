// "GRDP bình quân giai đoạn 2021 - 2025 đạt 6,4%/năm": under the short name "GRDP bình quân" a yearly rate in per cent is
// the average growth of the GRDP, not GRDP per head. Money under the short name, and any figure under "GRDP bình quân
// đầu người", stay per capita.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Sơ kết 5 năm thực hiện Nghị quyết\n\n';
const OPTS = { published: '2025-08-14' };

describe('"GRDP bình quân" before a yearly rate', () => {
  it('names the average GRDP growth', () => {
    const text = `${HEAD}GRDP bình quân giai đoạn 2021 - 2025 đạt 6,4%/năm.`;
    expect(figureAt(text, '6,4%', OPTS).indicator).toBe('grdp_growth');
  });

  it('stays per capita for money, and for a rate under the full name', () => {
    const money = `${HEAD}GRDP bình quân đạt 81 triệu đồng, tăng 7,5%.`;
    expect(figureAt(money, '81 triệu', OPTS).indicator).toBe('grdp_per_capita');
    const full = `${HEAD}GRDP bình quân đầu người tăng 8,2%/năm.`;
    expect(figureAt(full, '8,2%', OPTS).indicator).toBe('grdp_per_capita');
  });
});
