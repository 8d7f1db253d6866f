// "Chi trả nợ lãi | 18 | 14 | 77,8": debt service is a line of the budget's spending, like "chi đầu tư phát triển".
// Pattern from holdout9.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

describe('debt service is budget expenditure', () => {
  it('a sentence', () => {
    expectFigure('Chi trả nợ lãi các khoản vay năm 2024 là 14 tỷ đồng.', '14', { value: 14e9, indicator: 'budget_expenditure' });
  });
  it('a table row', () => {
    const table = 'Cụ thể (tỷ đồng):\n\nNội dung | Dự toán 2024 | Ước thực hiện 2024 | So dự toán (%)\nChi trả nợ lãi | 18 | 14 | 77,8\n';
    expectFigure(table, '14', { value: 14e9, indicator: 'budget_expenditure', modality: 'estimate' });
  });
  it('a household\'s debt repaid is not the budget\'s', () => {
    expectFigure('Hộ dân vay 50 triệu đồng để trả nợ.', '50', { value: 50e6, indicator: undefined });
  });
});
