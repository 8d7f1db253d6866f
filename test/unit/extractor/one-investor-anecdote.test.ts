// A sentence that opens on one firm named with its home country ("Đáng chú ý, Công ty TNHH Foxlink (Đài Loan) …") tells
// that investor's own project: its amounts are no figures of the place. Investors counted by country, and a firm named
// without one, still report.
import { describe, expect, it } from 'vitest';
import { figureAt, figuresIn } from './helpers.ts';

const OPTS = { published: '2024-12-26' };

describe("one foreign investor's own project", () => {
  it('is an anecdote', () => {
    const text = 'FDI năm 2024\n\nNăm 2024, tỉnh thu hút 1,9 tỷ USD vốn FDI. Đáng chú ý, Công ty TNHH Foxlink (Đài Loan) điều chỉnh tăng vốn thêm 120 triệu USD, nâng tổng vốn lên 450 triệu USD.';
    expect(figuresIn(text, OPTS).map((f) => f.text)).toEqual(['1,9 tỷ USD']);
  });

  it('investors counted by country still report', () => {
    const text = 'FDI năm 2024\n\nNăm 2024, các nhà đầu tư Hàn Quốc rót thêm 640 triệu USD vào các KCN của tỉnh.';
    expect(figureAt(text, '640 triệu USD', OPTS)).toMatchObject({ value: 640000000 });
  });
});
