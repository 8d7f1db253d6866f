// "vụ lúa trên nền đất nuôi tôm xuống giống 41.500 ha": the sowing verb right before the hectares names a sown area,
// though the land it is sown on is shrimp land. Shrimp-farming hectares with no sowing verb stay no sown area.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Cà Mau: tôm - lúa cho thu nhập ổn định\n\n';

describe('a sowing verb right before the area', () => {
  it('rice sown on shrimp land is a sown area', () => {
    const text = `${HEAD}Năm 2025, vụ lúa trên nền đất nuôi tôm xuống giống 41.500 ha, năng suất bình quân 4,8 tấn/ha.`;
    expect(figureAt(text, '41.500 ha').indicator).toBe('crop_area');
  });

  it('shrimp-farming hectares stay without the sown-area indicator', () => {
    const text = `${HEAD}Năm 2025, toàn tỉnh có diện tích nuôi tôm 392.500 ha.`;
    expect(figureAt(text, '392.500 ha').indicator).toBeUndefined();
  });
});
