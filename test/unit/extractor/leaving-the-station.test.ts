// "Bến xe … xuất bến 1.126 chuyến xe": "xuất bến" (leaving the station) is a verb, so the number after it is a count,
// not wharf number 1.126; "bến 3" after a noun still names a wharf.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a station verb before a count', () => {
  it('reads the count', () => {
    const f = figureAt('Bến xe khách trung tâm xuất bến 1.126 chuyến xe, tăng 17% so với ngày thường.', '1.126');
    expect([f.value, f.unit]).toEqual([1126, 'chuyến xe']);
  });

  it('keeps a wharf number a name', () => {
    expectNoFigureAt('Tàu khách neo tại bến 3 chờ khách.', '3');
  });
});
