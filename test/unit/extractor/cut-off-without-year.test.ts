// "Tính đến 23/10, giải ngân vốn đầu tư công đạt …", "ước giải ngân … đến 31/3 là 78,7 tỷ đồng": a report's cut-off
// written without its year is this year's. After "tính đến", or on a month's last day, it dates the figures as the
// months elapsed; "đến ngày 20/3" alone (a day of a crop season) still dates nothing. Pattern from real pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-25' };

describe('a cut-off date without a year', () => {
  it('"Tính đến 23/10" is the ten months', () => {
    expectFigure('Tính đến 23/10, giải ngân vốn đầu tư công của tỉnh đạt 4.828 tỷ đồng, bằng 51,7% kế hoạch.', '4.828 tỷ đồng', { period: '2025-10M' }, pub);
  });
  it('"đến 31/3" on a month\'s last day, without "ngày", is the first quarter', () => {
    expectFigure('Ước giải ngân vốn đầu tư công đến 31/3 là 78,7 tỷ đồng, đạt 9,53% kế hoạch.', '78,7 tỷ đồng', { period: '2025-Q1' }, pub);
  });
});

describe('a day of a season stays no period', () => {
  it('"đến ngày 20/3" alone', () => {
    expectFigure('Vụ Đông Xuân năm 2025, đến ngày 20/3 nông dân đã thu hoạch 12.000 ha lúa.', '12.000 ha', { period: '2025' }, pub);
  });
});
