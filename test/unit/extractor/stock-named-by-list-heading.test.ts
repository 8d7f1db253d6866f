// "Dư nợ một số chương trình chính đến 30/6:\n- Cho vay hộ nghèo: 92,5 tỷ đồng": the heading names the stock its items
// are parts of, so the items stand at the cut-off's month, not the months summed to it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-07-09' };

describe('a list heading that names a stock at a cut-off', () => {
  it('the items stand at the month', () => {
    const text = 'Tín dụng chính sách\n\nTrong 6 tháng đầu năm, doanh số cho vay đạt 141,2 tỷ đồng.\n\nDư nợ một số chương trình chính đến 30/6:\n- Cho vay hộ nghèo: 88,4 tỷ đồng;\n- Cho vay giải quyết việc làm: 120,6 tỷ đồng.';
    expect(figureAt(text, '88,4 tỷ', OPTS).period).toBe('2024-M06');
    expect(figureAt(text, '120,6 tỷ', OPTS).period).toBe('2024-M06');
    expect(figureAt(text, '141,2 tỷ', OPTS).period).toBe('2024-H1');
  });

  it('a heading of what was lent over the months keeps them summed', () => {
    const text = 'Tín dụng chính sách\n\nDoanh số cho vay một số chương trình đến 30/6:\n- Cho vay hộ nghèo: 48,4 tỷ đồng;\n- Cho vay giải quyết việc làm: 20,6 tỷ đồng.';
    expect(figureAt(text, '48,4 tỷ', OPTS).period).toBe('2024-H1');
  });
});
