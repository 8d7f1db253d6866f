// "phấn đấu giảm tỷ lệ hộ nghèo cuối năm xuống còn 431 hộ": a poverty rate told as a count of households is the number of
// poor households; a count in another unit after the rate is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-12-15' };

describe('a poverty rate told in households', () => {
  it('is the number of poor households', () => {
    const text = 'Kỳ họp HĐND huyện\n\nNăm 2024, huyện phấn đấu giảm tỷ lệ hộ nghèo xuống còn 286 hộ.';
    expect(figureAt(text, '286 hộ', OPTS)).toMatchObject({ indicator: 'poor_households', modality: 'target' });
  });

  it('after the rate in per cent, the households it fell by are poor households too', () => {
    const text = 'Giảm nghèo\n\nTỷ lệ hộ nghèo toàn xã còn 1,4%, giảm 37 hộ so với năm 2022.';
    expect(figureAt(text, '37 hộ', OPTS)).toMatchObject({ indicator: 'poor_households' });
  });

  it('people helped are not poor households', () => {
    const text = 'Giảm nghèo\n\nTỷ lệ hộ nghèo toàn xã còn 1,4%, hỗ trợ 150 người học nghề.';
    expect(figureAt(text, '150 người', OPTS).indicator).not.toBe('poor_households');
  });

  it('households helped in the rate\'s clause are not the poor households', () => {
    const text = 'Giảm nghèo\n\nNăm 2024, huyện phấn đấu giảm tỷ lệ hộ nghèo từ 1,5 - 2% và tiếp tục hỗ trợ khoảng 600 hộ có nguy cơ tái nghèo.';
    expect(figureAt(text, '600 hộ', OPTS).indicator).not.toBe('poor_households');
  });
});
