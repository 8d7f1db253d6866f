// A district named right after "trong đó" breaks the province's figure down: it owns its own share, and the next sentence
// speaks of the province again; a district that opens its sentence as the subject still carries on.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Bắc Giang: 9 tháng kinh tế tăng khá\n\n';

describe('a part named in a breakdown', () => {
  it('owns its share, and the next sentence returns to the province', () => {
    const text = HEAD + 'Về nông nghiệp, sản lượng vải thiều toàn tỉnh đạt 185.000 tấn, trong đó huyện Lục Ngạn chiếm khoảng 55%. Diện tích cây ăn quả đạt 52.400 ha.';
    expect(figureAt(text, '55%').locality).toBe('huyện Lục Ngạn');
    expect(figureAt(text, '52.400 ha').locality).toBe('tỉnh Bắc Giang');
  });

  it('a district opening its sentence carries on', () => {
    const text = HEAD + 'Về nông nghiệp, huyện Lục Ngạn có sản lượng vải thiều đạt 98.000 tấn. Diện tích cây ăn quả của huyện đạt 28.400 ha.';
    expect(figureAt(text, '28.400 ha').locality).toBe('huyện Lục Ngạn');
  });
});
