// "Giá trị sản xuất nông nghiệp giảm do mưa lũ làm thiệt hại 860 ha lúa": the loss a cause did ("làm thiệt hại", "gây
// ngập", "làm chết") is a count of what was lost, not a fall by that much under the verb before the cause.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-20', locality: 'huyện Cầu Kè' };

describe('a loss after "làm" or "gây"', () => {
  it('is a level, not moved by an earlier "giảm"', () => {
    const f = figureAt('Năm 2024, giá trị sản xuất nông nghiệp giảm do mưa lũ làm thiệt hại 860 ha lúa.', '860 ha', opts);
    expect([f.kind, f.direction]).toEqual(['level', undefined]);
    expect(figureAt('Năm 2024, sản lượng giảm do triều cường gây ngập 320 ha vườn cây.', '320 ha', opts).kind).toBe('level');
  });

  it('leaves a change the cause brings about', () => {
    const f = figureAt('Năm 2024, giá phân bón làm giảm 12% lợi nhuận của nông dân.', '12%', opts);
    expect([f.kind, f.direction]).toEqual(['change', 'down']);
  });
});
