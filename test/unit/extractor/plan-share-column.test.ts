// A table's "So với KH năm (%)" column holds each row's share of its plan, even when no plan column stands beside it:
// an attainment against the target, not a level in the row's unit. Found by holdout42/002 (a Department of Industry
// and Trade's product table "Sản phẩm | Đơn vị tính | Ước 9 tháng | So với cùng kỳ (%) | So với KH năm (%)").
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-07-05' };

describe('a plan-share column without a plan column', () => {
  it('"So với KH năm (%)" cells are attainments of the plan, the estimate column keeps the row unit', () => {
    const text = [
      'Sản lượng một số sản phẩm 6 tháng năm 2025:',
      'Sản phẩm | Đơn vị tính | Ước 6 tháng | So với cùng kỳ (%) | So với KH năm (%)',
      'Phân bón NPK | Nghìn tấn | 412,5 | 106,2 | 52,8',
      'Gạch ốp lát | Triệu m2 | 36,4 | 98,1 | 47,3',
    ].join('\n');
    expectFigure(text, '412,5', { kind: 'level', unit: 'tấn', value: 412500, modality: 'estimate' }, opts);
    expectFigure(text, '52,8', { kind: 'attainment', unit: '%', value: 52.8, base: 'target', modality: 'estimate' }, opts);
    expectFigure(text, '47,3', { kind: 'attainment', unit: '%', base: 'target' }, opts);
  });
  it('a column that compares with the same period stays an index of it', () => {
    const text = [
      'Sản phẩm | Đơn vị tính | Ước 6 tháng | So với cùng kỳ (%)',
      'Phân bón NPK | Nghìn tấn | 412,5 | 106,2',
    ].join('\n');
    expectFigure(text, '106,2', { kind: 'attainment', base: 'same_period' }, opts);
  });
});
