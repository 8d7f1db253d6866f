// A commune spelt out once ("xã Tân Cương") and named again bare after a zone or village noun ("vùng chè Tân Cương",
// "làng nghề Tân Cương") owns the figures of that clause. Found by holdout17 (003, Thái Nguyên's tea tourism).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20' };
const story = 'Chị Hằng, chủ một cơ sở chè ở xã Tân Cương, cho biết chị bán 2 tấn chè mỗi năm. Thái Nguyên có 22.000 ha chè. ';

describe('a commune named bare after "vùng chè", "làng nghề"', () => {
  it('the tea zone and the craft village of a commune spelt out before are that commune', () => {
    const text = `${story}Du lịch cũng phát triển: vùng chè Tân Cương đón khoảng 450.000 lượt khách. Làng nghề Tân Cương có 120 hộ làm chè.`;
    expect(figureAt(text, '450.000', opts).locality).toBe('xã Tân Cương');
    expect(figureAt(text, '120 hộ', opts).locality).toBe('xã Tân Cương');
  });

  it('the province keeps what the commune\'s name does not stand before', () => {
    const text = `${story}Toàn tỉnh có 1.200 ha chè trồng mới. Vùng chè phía nam Tân Cương có 5 hợp tác xã mới.`;
    expect(figureAt(text, '1.200 ha', opts).locality).toBe('tỉnh Thái Nguyên');
    // Never spelt out with its level word, a bare name after "vùng" is no commune.
    expect(figureAt('Thái Nguyên có 22.000 ha chè. Vùng chè La Bằng đón 80.000 lượt khách.', '80.000', opts).locality).toBe('tỉnh Thái Nguyên');
  });
});
