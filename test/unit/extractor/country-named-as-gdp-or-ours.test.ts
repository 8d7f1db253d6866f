// (country-named-as-gdp-or-ours: "GDP" and "nước ta" both name the country.)
// GDP is the country's product; a province's is its GRDP. A roundup headlined on one province ("Quảng Ninh dẫn đầu …")
// goes on to the national figures ("Tính chung quý III, GDP tăng 8,2%"): those are the country's, and so is what the
// paragraph adds after them. A clause that names its own place still keeps it.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-07' };
const roundup = [
  'Quảng Ninh dẫn đầu tăng trưởng quý III',
  'Theo Cục Thống kê, quý III/2025, Quảng Ninh có tốc độ tăng trưởng GRDP đạt 12,3%, cao nhất vùng.',
  'Tính chung quý III, GDP tăng 8,2% so với cùng kỳ năm trước. Tổng kim ngạch xuất nhập khẩu đạt 245 tỷ USD.',
].join('\n\n');

describe('figures of the GDP paragraph are national', () => {
  it('the GDP\'s growth', () => {
    expectFigure(roundup, '8,2%', { locality: 'cả nước' }, pub);
  });
  it('the sentence after it in the paragraph', () => {
    expectFigure(roundup, '245 tỷ USD', { locality: 'cả nước' }, pub);
  });
  it('the province\'s own figure before it stays the province\'s', () => {
    expectFigure(roundup, '12,3%', { locality: 'tỉnh Quảng Ninh' }, pub);
  });
});

describe('a clause that names its place', () => {
  it('keeps it', () => {
    expectFigure('Năm 2010, GDP của tỉnh Bến Tre tăng 10,2% so với năm 2009.', '10,2%', { locality: 'tỉnh Bến Tre' }, { published: '2011-01-05' });
  });
});

// "nước ta" ("our country") names the country in the same way (country-called-ours).
describe('"của nước ta"', () => {
  it('makes a figure national after a headline on one province', () => {
    const text = ['Bắc Ninh dẫn đầu xuất khẩu', 'Tính đến hết tháng 10, kim ngạch xuất khẩu của nước ta đạt 391 tỷ USD.'].join('\n\n');
    expectFigure(text, '391 tỷ USD', { locality: 'cả nước' }, pub);
  });
});
