import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers';

// A headline that puts its place before a colon, then the economy as its subject and its move ("Lâm Đồng: Kinh tế 6
// tháng đầu năm tăng 6,9%"), is the GRDP's growth, as the same words without the place label are.
const at = (text: string, needle: string) => figureAt(text, needle, { published: '2026-07-06' });

describe('economy-after-place-label', () => {
  it('reads the economy after a place label as the GRDP', () => {
    expect(at('Lâm Đồng: Kinh tế 6 tháng đầu năm tăng 6,9%', '6,9%').indicator).toBe('grdp_growth');
  });
  it('leaves a kind of economy after the label without the GRDP', () => {
    expect(at('Lâm Đồng: Kinh tế số 6 tháng đầu năm tăng 21%', '21%').indicator).not.toBe('grdp_growth');
  });
});
