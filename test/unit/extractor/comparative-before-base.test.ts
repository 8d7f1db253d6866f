// "giá lúa có giảm hơn so với đầu vụ từ 500 đến 700 đồng/kg", "giá lúa cao hơn so với đầu vụ 500 đồng/kg": a verb or a
// comparative with "hơn", then its base, then the amount is a change against that base.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('a comparison with "hơn" before its base and amount', () => {
  it('"giảm hơn so với …" then a range is a fall', () => {
    const f = figureAt('Giá lúa có giảm hơn so với đầu vụ từ 500 đến 700 đồng/kg.', '500 đến 700');
    expect([f.kind, f.direction]).toEqual(['change', 'down']);
  });

  it('"cao hơn so với …" then an amount is a rise; "thấp hơn" a fall', () => {
    const up = figureAt('Giá lúa cao hơn so với đầu vụ 500 đồng/kg.', '500 đồng/kg');
    expect([up.kind, up.direction]).toEqual(['change', 'up']);
    const down = figureAt('Giá cá tra thấp hơn so với tuần trước 1.000 đồng/kg.', '1.000 đồng/kg');
    expect([down.kind, down.direction]).toEqual(['change', 'down']);
  });

  it('a level set off by a comma after the comparison stays a level', () => {
    expect(figureAt('Năng suất lúa cao hơn so với vụ trước, đạt 62 tạ/ha.', '62 tạ/ha').kind).toBe('level');
  });
});
