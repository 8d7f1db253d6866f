// Counts of trade outlets and of new-countryside models over a province are figures like counts of markets: "46 siêu
// thị, 14 trung tâm thương mại và 428 chợ", "1.012 khu dân cư kiểu mẫu và 2.850 vườn mẫu". A residential area named by
// its number is no count. Found by holdout33.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const opts = { published: '2023-06-05', locality: 'tỉnh Thanh Hóa' };

describe('outlets and models counted', () => {
  it('supermarkets, trade centres and model areas are counted nouns', () => {
    const text = 'Trên địa bàn tỉnh hiện có 46 siêu thị, 14 trung tâm thương mại và 428 chợ. ' +
      'Toàn tỉnh có 1.012 khu dân cư kiểu mẫu và 2.850 vườn mẫu.';
    expect(figureAt(text, '46', opts).unit).toBe('siêu thị');
    expect(figureAt(text, '14 trung', opts).unit).toBe('trung tâm thương mại');
    expect(figureAt(text, '1.012', opts).unit).toBe('khu dân cư');
    expect(figureAt(text, '2.850', opts).unit).toBe('vườn mẫu');
  });

  it('a residential area named by its number is not counted', () => {
    expectNoFigureAt('Tại Khu dân cư 3, người dân góp công làm đường.', '3', opts);
  });
});
