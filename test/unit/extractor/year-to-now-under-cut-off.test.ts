// A report cut at a month's end in its lead ("đến ngày 30/9/2024 toàn tỉnh mới giải ngân …"), then a paragraph opened
// on the year ("Năm 2024, tổng nguồn vốn …"), then "Từ đầu năm đến nay, …": the year so far is summed to the report's
// cut-off (2024-9M), not the whole year the paragraph before opened on. Without a cut-off in the lead, the year stays.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-10-15', locality: 'tỉnh Điện Biên' };
const later = 'Năm 2024, tổng nguồn vốn giao thực hiện chương trình là 1.358 tỷ đồng.\n\nTừ đầu năm đến nay, các địa phương đã hỗ trợ xây mới 1.240 căn nhà ở cho hộ nghèo.';

describe('"Từ đầu năm đến nay" after a paragraph opened on the year', () => {
  it('sums to the lead\'s cut-off', () => {
    const text = `Giải ngân vốn chương trình còn chậm\n\nĐBP - Theo Ban Dân tộc tỉnh, đến ngày 30/9/2024 toàn tỉnh mới giải ngân được 587 tỷ đồng, đạt 43,2% kế hoạch vốn.\n\n${later}`;
    expectFigure(text, '1.240', { period: '2024-9M' }, opts);
  });
  it('keeps the year when the lead names no cut-off', () => {
    const text = `Giải ngân vốn chương trình còn chậm\n\nĐBP - Theo Ban Dân tộc tỉnh, nhiều dự án của chương trình còn chậm tiến độ.\n\n${later}`;
    expectFigure(text, '1.240', { period: '2024' }, opts);
  });
});
