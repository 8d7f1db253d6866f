// "Kinh tế 9 tháng tăng 7,85%", "Nền kinh tế quý III tăng 8,2%": the economy as its clause's subject, then its move,
// is the GRDP's growth, as "tăng trưởng kinh tế" is; a kind of economy ("kinh tế số") or "kinh tế - xã hội" is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-10-06' };

describe('the economy named, then its move', () => {
  it('"Kinh tế 9 tháng tăng 7,85%" is GRDP growth', () => {
    expect(figureAt('Kinh tế 9 tháng tăng 7,85% so với cùng kỳ.', '7,85%', OPTS)).toMatchObject({ indicator: 'grdp_growth', kind: 'change', period: '2025-9M' });
  });

  it('"Nền kinh tế quý III tăng 8,2%" and "Kinh tế Quảng Ninh tăng 11,66%" too', () => {
    expect(figureAt('Nền kinh tế quý III tăng 8,2% so với cùng kỳ.', '8,2%', OPTS).indicator).toBe('grdp_growth');
    expect(figureAt('Kinh tế Quảng Ninh tăng 11,66%.', '11,66%', OPTS).indicator).toBe('grdp_growth');
  });

  it('a kind of economy is its own measure', () => {
    expect(figureAt('Kinh tế số tăng 20% so với cùng kỳ.', '20%', OPTS).indicator).toBeUndefined();
    expect(figureAt('Kinh tế tập thể tăng 5% so với năm trước.', '5%', OPTS).indicator).toBeUndefined();
  });
});
