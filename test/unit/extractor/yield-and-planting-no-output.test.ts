// A yield per hectare is no output ("Năng suất tôm siêu thâm canh bình quân 35 - 40 tấn/ha/vụ" after the shrimp
// output took aquaculture_output), and forest cover is a share of the land, never an area ("trồng mới 1.200 ha
// rừng" took forest_cover). Seen in 4 unscored figures; gold never gives either indicator such a unit.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('yields and planted hectares take no output or cover indicator', () => {
  it('a shrimp yield per hectare is not aquaculture output', () => {
    const text = 'Sản lượng tôm ước đạt 18.460 tấn, tăng 6,35%. Năng suất tôm siêu thâm canh bình quân 25 - 30 tấn/ha/vụ.';
    expect(figureAt(text, '25 - 30 tấn/ha/vụ').indicator).toBeUndefined();
    expect(figureAt(text, '18.460 tấn').indicator).toBe('aquaculture_output');
  });
  it('hectares of forest planted are not the forest cover, while the cover rate is', () => {
    const text = 'Tỷ lệ che phủ rừng đạt 38,6%; trồng mới 1.200 ha rừng.';
    expect(figureAt(text, '1.200 ha').indicator).toBeUndefined();
    expect(figureAt(text, '38,6%').indicator).toBe('forest_cover');
  });
});
