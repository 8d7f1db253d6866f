// "ghi nhận 3 ca sởi tại huyện Cam Lâm, nâng tổng số ca sởi của tỉnh từ đầu năm lên 19 ca": a total the text says is the
// whole unit's belongs to the whole, though a part was named earlier in the clause; the sentences after go on about
// the whole. A part described as something "của tỉnh" keeps its own figures.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-08-12' };
const LEAD = 'Phú Yên: sốt xuất huyết tăng\n\nTuần qua, tỉnh Phú Yên ghi nhận 58 ca sốt xuất huyết. ';

describe('a total said to be the whole unit\'s', () => {
  it('belongs to the whole after a part named in its clause', () => {
    const text = `${LEAD}Trong tuần, ngành y tế cũng ghi nhận 2 ca sởi tại huyện Tuy An, nâng tổng số ca sởi của tỉnh từ đầu năm lên 14 ca.`;
    expect(figureAt(text, '2 ca sởi', OPTS).locality).toBe('huyện Tuy An');
    expect(figureAt(text, '14 ca', OPTS).locality).toBe('tỉnh Phú Yên');
  });

  it('and the next sentence is about the whole', () => {
    const text = `${LEAD}Trong tuần, ngành y tế cũng ghi nhận 2 ca sởi tại huyện Tuy An, nâng tổng số ca sởi của tỉnh từ đầu năm lên 14 ca. Tỷ lệ tiêm vắc xin sởi mới đạt 61,2%.`;
    expect(figureAt(text, '61,2%', OPTS).locality).toBe('tỉnh Phú Yên');
  });
});

describe('a part described by the whole', () => {
  it('"vựa lúa của tỉnh" leaves the district its figures', () => {
    const text = `${LEAD}Huyện Tuy An, vựa lúa của tỉnh, đã thu hoạch 5.200 ha lúa hè thu.`;
    expect(figureAt(text, '5.200 ha', OPTS).locality).toBe('huyện Tuy An');
  });
});
