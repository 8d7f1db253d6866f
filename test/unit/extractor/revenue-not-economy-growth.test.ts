// "GRDP tăng 7,2%. Doanh thu vận tải tăng 12,5% so với cùng kỳ": a revenue or a trade turnover growing after the GRDP is
// no growth of the economy. The GRDP's growth, and growth named as such, stay.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-07-05' };

describe('a revenue growing after the GRDP', () => {
  it('"Doanh thu vận tải tăng 12,5%" is no GRDP growth', () => {
    const text = '6 tháng đầu năm, GRDP của tỉnh tăng 7,2%. Doanh thu vận tải tăng 12,5% so với cùng kỳ.';
    expect(figureAt(text, '12,5%', OPTS).indicator).not.toBe('grdp_growth');
    expect(figureAt(text, '7,2%', OPTS).indicator).toBe('grdp_growth');
  });

  it('"Doanh thu dịch vụ lưu trú, ăn uống tăng 15%" neither', () => {
    const text = 'Tăng trưởng kinh tế 6 tháng đạt 7,5%.\n\nDoanh thu dịch vụ lưu trú, ăn uống tăng 15% so với cùng kỳ.';
    expect(figureAt(text, '15%', OPTS).indicator).not.toBe('grdp_growth');
  });
});
