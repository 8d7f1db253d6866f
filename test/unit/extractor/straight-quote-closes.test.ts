// A villager's quote written with straight quotes and split over sentences: the sentence whose only quote mark ends it
// ("… nay cả nhà yên tâm". ) closes the quote opened before and is said by the same villager, so its amounts are no
// figures. A sentence that opens a straight quote after a report is judged as the report it follows.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a sentence closing a straight quote', () => {
  it('goes on with the villager who opened it', () => {
    const text = 'Gia đình chị Lù Thị Mai (bản Nà Khương, xã Sam Kha) vừa được hỗ trợ làm nhà. Chị Mai kể: "Nhà tôi trước lợp lá, mưa là dột. ' +
      'Được hỗ trợ 50 triệu đồng, họ hàng góp thêm công, nay cả nhà yên tâm".\n';
    expectNoFigureAt(text, '50 triệu');
  });
  it('a report keeps its figures', () => {
    const text = 'Năm 2024, huyện đã hỗ trợ 312 hộ làm nhà ở với tổng kinh phí 15,6 tỷ đồng. Huyện cũng hỗ trợ 80 hộ nước sinh hoạt.\n';
    expect(figureAt(text, '80 hộ').value).toBe(80);
  });
});
