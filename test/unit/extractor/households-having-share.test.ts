// "tỷ lệ hộ dân sử dụng nước sạch đạt 78%, hơn 71% hộ có nhà tiêu, nhà tắm hợp vệ sinh": a share of households having
// something no indicator names measures that, not the clean water of the figure before it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2018-02-25' };

describe('a share of households having something', () => {
  it('after another rate in its sentence, takes none', () => {
    const text = 'Nông thôn mới\n\nTỷ lệ hộ dân sử dụng nước sạch đạt 81%, hơn 74% hộ có nhà tiêu hợp vệ sinh.';
    expect(figureAt(text, '74%', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '81%', OPTS).indicator).toBe('clean_water_rate');
  });

  it('a share of the households just counted stays with them', () => {
    const text = 'Nước sạch\n\nTỷ lệ hộ dân sử dụng nước sạch đạt 81%, toàn huyện có 12.400 hộ dùng nước sạch, chiếm 83% số hộ.';
    expect(figureAt(text, '83%', OPTS).indicator).toBe('clean_water_rate');
  });

  it('a share of households having what an indicator names is that indicator', () => {
    const text = 'Nông thôn mới\n\nThu nhập bình quân đạt 52 triệu đồng/người/năm, 98% hộ dân được sử dụng nước sạch.';
    expect(figureAt(text, '98%', OPTS).indicator).toBe('clean_water_rate');
  });
});
