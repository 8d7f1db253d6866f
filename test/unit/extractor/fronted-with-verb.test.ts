// "Cụ thể, với tăng trưởng GRDP trong quý I/2024 ước đạt 14,18%, Bắc Giang là địa phương dẫn đầu cả nước": a figure
// fronted by "với", with its own words and verb before it, belongs to the place that opens the clause after it, not to
// the country an earlier paragraph was about.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-04-04' };
const NATIONAL = 'Theo Tổng cục Thống kê, GDP cả nước quý I/2024 ước tính tăng 5,66% so với cùng kỳ năm trước.\n\n';

describe('a figure fronted by "với" and its verb', () => {
  it('belongs to the place right after it', () => {
    const text = `${NATIONAL}Cụ thể, với tăng trưởng GRDP trong quý I/2024 ước đạt 14,18%, Bắc Giang là địa phương dẫn đầu cả nước.`;
    expect(figureAt(text, '14,18%', OPTS)).toMatchObject({ indicator: 'grdp_growth', locality: 'tỉnh Bắc Giang' });
  });

  it('a bare "với 12,5%," still does', () => {
    const text = `${NATIONAL}Với 12,5%, Trà Vinh đứng thứ hai cả nước về tăng trưởng GRDP.`;
    expect(figureAt(text, '12,5%', OPTS).locality).toBe('tỉnh Trà Vinh');
  });

  it('without a place opening the next clause the country keeps it', () => {
    const text = `${NATIONAL}Với tăng trưởng ước đạt 5,66%, đây là mức tăng cao nhất của quý I từ năm 2020.`;
    expect(figureAt(text, '5,66%', OPTS).locality).toBe('cả nước');
  });
});
