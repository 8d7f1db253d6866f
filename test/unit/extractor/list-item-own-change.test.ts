// "Một số sản phẩm tăng khá: Xi măng: 412.000 tấn, tăng 6,1%": a rise summed up before a colon, over items that give
// their own change after a comma, leaves each item's amount a level; items that are only their change stay changes.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2024-12-20' };

describe('an item under a summed-up rise that states its own change', () => {
  it('after a comma is a level', () => {
    const text = 'Một số sản phẩm công nghiệp tăng khá: Xi măng: 412.000 tấn, tăng 6,1%; điện sản xuất 2.150 triệu kWh.';
    expectFigure(text, '412.000 tấn', { kind: 'level', direction: undefined }, opts);
  });
  it('while an item that is only its amount of rise stays a change', () => {
    const text = 'Một số sản phẩm công nghiệp tăng khá: xi măng tăng 6,1%, gạch nung tăng 4,3%.';
    expectFigure(text, '4,3%', { kind: 'change', direction: 'up' }, opts);
  });
});
