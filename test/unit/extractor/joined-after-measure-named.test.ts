// "tăng 9,2% về số doanh nghiệp và 18,6% về vốn so với cùng kỳ": a figure joined to a change after what the change
// measures ("về số doanh nghiệp và") shares its verb and the base the pair ends on; a count after "và" starts an item.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-04-03' };

describe('a figure joined after what the change before it measures', () => {
  it('shares the verb and the base', () => {
    const text = 'Doanh nghiệp quý I\n\nQuý I/2025, toàn tỉnh có 410 doanh nghiệp thành lập mới, tăng 9,2% về số doanh nghiệp và 18,6% về vốn so với cùng kỳ.';
    expect(figureAt(text, '18,6%', OPTS)).toMatchObject({ kind: 'change', direction: 'up', base: 'same_period' });
    expect(figureAt(text, '9,2%', OPTS)).toMatchObject({ kind: 'change', base: 'same_period' });
  });

  it('a count after "và" is an item of its own', () => {
    const text = 'Doanh nghiệp quý I\n\nQuý I/2025, số doanh nghiệp thành lập mới tăng 9,2% về số lượng và 120 doanh nghiệp quay trở lại hoạt động.';
    expect(figureAt(text, '120', OPTS)).toMatchObject({ kind: 'level' });
  });
});
