// A colon heading that measures its list against the plan ("(so với kế hoạch năm):") makes a bare "đạt X%" after an
// item's amount that amount's share of the plan. Under a heading that names no plan, the same words stay a level.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const head = (bracket: string) => `Nông nghiệp 9 tháng năm 2025\n\nKết quả một số sản phẩm chủ lực 9 tháng ${bracket}:\n`;

describe('a bare share in a list measured against the plan', () => {
  it('is an attainment of the plan under a plan heading', () => {
    const text = `${head('(so với kế hoạch năm)')}- Chè búp tươi: 98.400 tấn, đạt 78,5%\n- Cam, quýt: 62.300 tấn, đạt 56,2%\n`;
    const share = figureAt(text, '56,2%');
    expect(share.kind).toBe('attainment');
    expect(share.base).toBe('target');
  });

  it('stays a level under a heading measured against the same period', () => {
    const text = `${head('(so với cùng kỳ)')}- Chè búp tươi: 98.400 tấn, đạt 78,5%\n- Cam, quýt: 62.300 tấn, tăng 4,2%\n`;
    expect(figureAt(text, '78,5%').kind).toBe('level');
  });
});
