// "GRDP ước tăng 7,36% so với năm 2016 (vượt mục tiêu Nghị quyết 0,36%)", "công nghiệp tăng 9%, vượt chỉ tiêu nghị quyết
// 1,2%": the plan named by two nouns before the amount is still the plan passed, and the amount how far the result went
// beyond it — a change against the target, exceeded, with the result's modality — as "vượt kế hoạch 0,36%" is. Pattern
// from a northern province's 2017 year-end results page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2018-01-03' };

describe('"vượt mục tiêu Nghị quyết X%" is how far beyond the plan', () => {
  it('in a bracket after an estimated growth rate', () => {
    const text = 'Tổng sản phẩm trên địa bàn tỉnh Hà Giang (GRDP) ước tăng 7,36% so với năm 2016 (vượt mục tiêu Nghị quyết 0,36%).';
    expectFigure(text, '0,36%', { kind: 'change', direction: 'up', base: 'target', status: 'exceeded', modality: 'estimate' }, pub);
  });
  it('after a comma, the plan written "chỉ tiêu nghị quyết"', () => {
    const text = 'Năm 2017, giá trị sản xuất công nghiệp tỉnh Hà Giang tăng 9%, vượt chỉ tiêu nghị quyết 1,2%.';
    expectFigure(text, '1,2%', { kind: 'change', direction: 'up', base: 'target', status: 'exceeded', modality: 'actual' }, pub);
  });
});

describe('what stays the plan\'s own value', () => {
  it('the plan\'s rate in a bracket after "thấp hơn mục tiêu Nghị quyết"', () => {
    const text = 'Năm 2017, GRDP tỉnh Hà Giang tăng 6,8%, thấp hơn mục tiêu Nghị quyết (7%).';
    expectFigure(text, '7%)', { kind: 'level', modality: 'target', status: undefined }, pub);
  });
  it('the plan\'s rate named with no verb before the plan', () => {
    const text = 'Năm 2018, mục tiêu Nghị quyết tăng trưởng GRDP của tỉnh Hà Giang là 7,5%.';
    expectFigure(text, '7,5%', { kind: 'level', modality: 'target', status: undefined }, pub);
  });
});
