// "Ông Lê Văn Tư đề nghị các ngành, các xã tập trung … số xã đạt chuẩn (hiện có 9/15 xã)": a named official proposing to
// the sectors and communes reports the district's figures; a villager who "đề nghị" something for himself tells a story.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2023-10-06' };

describe('a named person who proposes to the sectors ("đề nghị các ngành")', () => {
  it("reports the district's figure", () => {
    const text = 'Ông Lê Văn Tư đề nghị các ngành, các xã tập trung nâng chất tiêu chí nông thôn mới nâng cao (hiện có 9/15 xã đạt chuẩn).';
    expect(figureAt(text, '9/15', opts).value).toBe(9);
  });

  it('a villager asking for himself still tells a story', () => {
    const text = 'Ông Nguyễn Văn Bảy đề nghị được vay thêm vốn để mở rộng 2 ha ao nuôi tôm của gia đình.';
    expectNoFigureAt(text, '2 ha', opts);
  });
});
