// The places a transport run leaves from and goes to ("các tuyến tàu cao tốc, phà từ Rạch Giá, Hà Tiên đi Phú Quốc",
// "xe khách từ Quy Nhơn ra Hà Nội") and those a numbered line is named after ("Tuyến số 3 (Quy Nhơn - Tam Quan)") are the
// run's ends, not the place its passengers are counted for. A place that is the subject of its clause keeps its figures.
// Found by holdout83/005 and 007 (ferries at Tết, a province's buses).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('the ends of a run from one place to another', () => {
  it('are no place of the run\'s figures', () => {
    const opts = { published: '2024-02-16', locality: 'tỉnh Kiên Giang' };
    const text = 'Tỉnh Kiên Giang\n\nDịp Tết, các tuyến tàu cao tốc từ Rạch Giá, Hà Tiên đi Phú Quốc vận chuyển 52.300 lượt hành khách, tăng 7%.\n';
    expect(figureAt(text, '52.300', opts).locality).toBe('tỉnh Kiên Giang');
    const bus = { published: '2023-05-10', locality: 'tỉnh Bình Định' };
    const line = 'Tỉnh Bình Định\n\nNăm 2022, xe buýt nội tỉnh chở 1,7 triệu lượt hành khách. Tuyến số 5 (Quy Nhơn - Phù Mỹ) đạt 380.000 lượt hành khách.\n';
    expect(figureAt(line, '380.000', bus).locality).toBe('tỉnh Bình Định');
  });
  it('leaves a place that is its clause\'s subject', () => {
    const opts = { published: '2024-02-16', locality: 'tỉnh Kiên Giang' };
    const text = 'Tỉnh Kiên Giang\n\nDịp Tết, tàu từ Rạch Giá chạy 140 chuyến. Thành phố Phú Quốc đón 86.000 lượt khách du lịch.\n';
    expect(figureAt(text, '86.000', opts).locality).toBe('thành phố Phú Quốc');
  });
});
