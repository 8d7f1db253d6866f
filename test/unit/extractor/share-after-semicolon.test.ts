// "tổng chi ngân sách 453 tỷ đồng (đạt 57,15% dự toán tỉnh giao; đạt 55,04% dự toán của huyện)": a clause after a
// semicolon that opens on "đạt" or "bằng", naming nothing, is the same measure's share of another plan.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a plan share continued after a semicolon', () => {
  it('a second share in brackets after a semicolon takes the first one\'s indicator', () => {
    const text = 'Tổng chi ngân sách nhà nước là 453 tỷ đồng (đạt 57,15% dự toán tỉnh giao; đạt 55,04% dự toán của huyện).';
    expect(figureAt(text, '55,04%')).toMatchObject({ kind: 'attainment', indicator: 'budget_expenditure', base: 'target' });
  });

  it('so does one opening on "bằng" outside brackets', () => {
    const text = 'Thu ngân sách trên địa bàn đạt 30,9 tỷ đồng, bằng 58,4% kế hoạch tỉnh giao; bằng 53,4% kế hoạch huyện giao.';
    expect(figureAt(text, '53,4%').indicator).toBe('budget_revenue');
  });

  it('a clause that names its own measure after the semicolon keeps it', () => {
    const text = 'Thu ngân sách đạt 30,9 tỷ đồng, bằng 58,4% kế hoạch; giải ngân vốn đầu tư công đạt 61,2% kế hoạch.';
    expect(figureAt(text, '61,2%').indicator).toBe('public_investment_disbursement');
  });

  it('a new sentence that opens on "đạt" does not continue the share before it', () => {
    const text = 'Thu ngân sách đạt 30,9 tỷ đồng, bằng 58,4% kế hoạch. Đạt 53,4% là tỷ lệ hộ gia đình văn hóa.';
    expect(figureAt(text, '53,4%').indicator).not.toBe('budget_revenue');
  });
});
