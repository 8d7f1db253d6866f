// "…, riêng các khách sạn 4 - 5 sao ở thành phố Tuy Hòa đạt trên 80%. Khu du lịch Gành Đá Đĩa đón …": a part set apart by
// "riêng" and then placed ("ở/tại <place>") owns the rest of its sentence and nothing after, as "riêng huyện X" does.
// A place named as a sentence's subject ("Thành phố Tuy Hòa đón …") still carries on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-01-08', locality: 'tỉnh Phú Yên' };

describe('a part set apart, then placed', () => {
  it('owns its sentence only', () => {
    const text = 'Công suất phòng bình quân đạt 55%, riêng các khách sạn 4 - 5 sao ở thành phố Tuy Hòa đạt trên 80%. Gành Đá Đĩa đón 640.000 lượt khách.';
    expect(figureAt(text, '80%', opts).locality).toBe('thành phố Tuy Hòa');
    expect(figureAt(text, '640.000', opts).locality).toBe('tỉnh Phú Yên');
  });

  it('leaves a place that is the subject of its sentence carrying on', () => {
    const text = 'Thành phố Tuy Hòa có công suất phòng đạt 72%. Các khách sạn ven biển đón 310.000 lượt khách.';
    expect(figureAt(text, '310.000', opts).locality).toBe('thành phố Tuy Hòa');
  });
});
