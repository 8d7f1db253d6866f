import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers';

// "giảm 5 vụ, giảm 2 người chết và 4 người bị thương": the first count's noun runs on before "và"; the count joined
// after it shares the fall (and the base the sentence opened on).
const at = (text: string, needle: string) => figureAt(text, needle, { published: '2024-12-20' });

describe('count-noun-then-and', () => {
  it('shares the verb over the rest of the first noun', () => {
    const text = 'Năm 2024, toàn huyện xảy ra 11 vụ tai nạn giao thông, làm chết 8 người, bị thương 6 người; so với năm 2023 giảm 5 vụ, giảm 2 người chết và 4 người bị thương.';
    const f = at(text, '4 người');
    expect(f.kind).toBe('change');
    expect(f.direction).toBe('down');
    expect(f.base).toBe('2023');
  });
  it('leaves a count joined to a level a level', () => {
    const text = 'Năm 2024, huyện hỗ trợ xây mới 45 căn nhà đại đoàn kết và 12 căn nhà tình nghĩa.';
    const f = at(text, '12 căn');
    expect(f.kind).toBe('level');
    expect(f.direction).toBeUndefined();
  });
});
