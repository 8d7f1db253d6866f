// "Để đạt mục tiêu, tỉnh đã bố trí 312 ha đất …": a goal named as the purpose of what follows its comma is no plan for
// the figures of the sentence; what was done for it is a result. A purpose that holds the goal's own value ("Để đạt mục
// tiêu tăng trưởng 8%, …") still states a target.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const opts = { published: '2025-09-02', locality: 'tỉnh Cà Mau' };

describe('a goal named as a purpose', () => {
  it('leaves what was done for it a result', () => {
    expectFigure('Để đạt mục tiêu, huyện đã huy động 1.250 ngày công làm đường.', '1.250', { modality: 'actual' }, opts);
  });

  it('with its value in the purpose is a target', () => {
    expectFigure('Để đạt mục tiêu tăng trưởng 9%, tỉnh cần thu hút thêm vốn đầu tư.', '9%', { modality: 'target' }, opts);
  });
});
