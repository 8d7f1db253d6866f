// The industrial production index is broken down by its sections (chế biến, chế tạo; khai khoáng; sản xuất và phân phối
// điện; cung cấp nước). A section's growth in a paragraph that named the index is the index's, also when written
// "tăng trưởng"; without the index named it is no one's growth rate, and never the economy's.
import { describe, expect, it } from 'vitest';
import { expectFigure, figureAt, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-10-06' };
const head = 'Kinh tế tỉnh 9 tháng năm 2024\n\n';
const named = head + 'Chỉ số sản xuất công nghiệp (IIP) 9 tháng tăng 8,7% so với cùng kỳ; ngành chế biến, chế tạo tăng trưởng 9,6%, ngành khai khoáng giảm 3,2%.';
const unnamed = head + 'Kinh tế tiếp tục tăng trưởng, GRDP 9 tháng tăng 6,9%. Trong lĩnh vực công nghiệp, ngành chế biến, chế tạo tăng 9,6%; ngành sản xuất và phân phối điện tăng 5,8%.';

describe('growth of a section of the industrial production index', () => {
  run([
    ['"ngành chế biến, chế tạo tăng trưởng 9,6%" after the index is the index\'s rise', named, '9,6%', { indicator: 'industrial_production_index', kind: 'change', direction: 'up' }, pub],
    ['a falling section is the index\'s fall', named, '3,2%', { indicator: 'industrial_production_index', kind: 'change', direction: 'down' }, pub],
    ['without the index named, a section\'s growth is not the economy\'s', unnamed, '9,6%', { indicator: undefined, kind: 'change', direction: 'up' }, pub],
  ]);

  it('the GRDP growth before the sections stays GRDP growth', () => {
    expect(figureAt(unnamed, '6,9%', pub).indicator).toBe('grdp_growth');
  });
});
