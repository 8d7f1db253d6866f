// Highland villages are "buôn" and "làng" where the north writes "thôn" or "bản": "Toàn xã có 9/14 buôn đồng bào dân tộc
// thiểu số được xây mới nhà sinh hoạt cộng đồng" counts them as "12/15 thôn" would be. Written after holdout29.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('"buôn" and "làng" as counted places', () => {
  it('a ratio of "buôn" is a figure counting them', () => {
    const f = figureAt('Toàn xã có 9/14 buôn đồng bào dân tộc thiểu số được xây mới nhà sinh hoạt cộng đồng.', '9/14', { published: '2025-07-24' });
    expect([f.kind, f.value, f.of, f.unit]).toEqual(['ratio', 9, 14, 'buôn']);
  });

  it('the "buôn" a villager lives in, named after his age, is no figure', () => {
    expectNoFigureAt('Ông Y Ngăm Ayũn (72 tuổi, buôn Ea Kung) cho biết gia đình đã thoát nghèo.', '72');
  });
});
