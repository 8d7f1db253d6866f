// "Một số sản phẩm chủ yếu tăng so với cùng kỳ: thủy sản chế biến 98.450 tấn (+12,3%); …": a list run inline after a
// colon measures its bracketed signed changes as the words before the colon say, as a heading over lines does. Found
// by probing after holdout12.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-07-02', locality: 'tỉnh Tiền Giang' };
const inline = 'Một số sản phẩm chủ yếu tăng so với cùng kỳ: thủy sản chế biến 98.450 tấn (+12,3%); quần áo may sẵn 41,2 triệu cái (-3,6%).';
const noHeading = 'Sản phẩm chủ yếu: thủy sản chế biến 98.450 tấn (+12,3%); quần áo may sẵn 41,2 triệu cái (-3,6%).';
const verb = 'Một số ngành so với cùng kỳ: chế biến, chế tạo tăng 10,2%; sản xuất điện tăng 6,4%.';

describe('an inline list after a colon that names the base', () => {
  run([
    ['"(+12,3%)" after "tăng so với cùng kỳ:"', inline, '12,3%', { value: 12.3, direction: 'up', base: 'same_period' }, pub],
    ['"(-3,6%)" too', inline, '3,6%', { value: 3.6, direction: 'down', base: 'same_period' }, pub],
    ['no base when the words before the colon name none', noHeading, '12,3%', { value: 12.3, direction: 'up', base: undefined }, pub],
    ['a change with its own verb states its own comparison', verb, '10,2%', { value: 10.2, direction: 'up', base: undefined }, pub],
  ]);
});
