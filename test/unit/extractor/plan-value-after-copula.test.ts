// "vượt xa so với kế hoạch là 600 nghìn ha", "kế hoạch vốn được giao là 1.500 tỷ đồng": after the result, papers give
// the plan's own value with a copula — after "so với kế hoạch …" or in a clause whose subject is the plan (with a
// space before it, as it stands after a semicolon). That value is the plan's: a target. Pattern from real crop and
// export reports.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-10-10' };

describe('the plan\'s value after its copula is a target', () => {
  it('"vượt xa so với kế hoạch là X"', () => {
    const text = 'Toàn tỉnh đã xuống giống 54.200 ha lúa Thu Đông, vượt xa so với kế hoạch là 48.000 ha.';
    expectFigure(text, '48.000 ha', { modality: 'target' }, pub);
  });
  it('"so với kế hoạch đề ra đầu năm là X%"', () => {
    const text = 'Kim ngạch xuất khẩu tăng 10,5%, vượt tốc độ tăng so với kế hoạch đề ra đầu năm là 7,5%.';
    expectFigure(text, '7,5%', { modality: 'target' }, pub);
  });
  it('a clause after a semicolon whose subject is the plan', () => {
    const text = 'Giải ngân vốn đầu tư công đạt 640 tỷ đồng; kế hoạch vốn được giao là 1.280 tỷ đồng.';
    expectFigure(text, '1.280 tỷ đồng', { modality: 'target' }, pub);
  });
});

describe('what stays a result', () => {
  it('the result before the plan', () => {
    const text = 'Toàn tỉnh đã xuống giống 54.200 ha lúa Thu Đông, vượt xa so với kế hoạch là 48.000 ha.';
    expectFigure(text, '54.200 ha', { modality: 'actual' }, pub);
  });
  it('a change against the plan with "là" after it', () => {
    expectFigure('Thu ngân sách tăng 12% so với kế hoạch, là mức cao nhất từ trước đến nay.', '12%', { modality: 'actual' }, pub);
  });
});
