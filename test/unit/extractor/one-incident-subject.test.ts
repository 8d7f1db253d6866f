// "Vụ tai nạn làm 3 người chết, 5 người bị thương": a sentence whose subject is one incident tells that incident, not
// a statistic; "Các vụ tai nạn …", "xảy ra 12 vụ tai nạn, làm chết 9 người" count many and still report.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a sentence about one incident', () => {
  it('"Vụ tai nạn làm 3 người chết" is a story', () => {
    const text = 'Vụ tai nạn làm 3 người chết, 5 người bị thương.';
    expectNoFigureAt(text, '3 người');
    expectNoFigureAt(text, '5 người');
  });

  it('after a short opener ("Trước đó, vụ cháy …") too', () => {
    expectNoFigureAt('Trước đó, vụ cháy tại chợ thiêu rụi 40 ki-ốt, thiệt hại khoảng 2 tỷ đồng.', '2 tỷ đồng');
  });

  it('a count of incidents still reports', () => {
    const f = figureAt('Trong 6 tháng, trên địa bàn tỉnh xảy ra 12 vụ tai nạn giao thông, làm chết 9 người.', '12 vụ');
    expect(f.indicator).toBe('traffic_accidents');
  });

  it('"Các vụ tai nạn …" still reports', () => {
    expect(figureAt('Các vụ tai nạn giao thông trong năm làm chết 30 người, giảm 5 người so với năm trước.', '30 người').value).toBe(30);
  });
});
