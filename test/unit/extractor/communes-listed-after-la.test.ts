// "Các xã có diện tích lúa lớn nhất là Công Thành, Đô Thành và Phúc Thành, lần lượt 620 ha, 585 ha và 540 ha": the
// communes a plural "các xã" introduces may follow a few words and "là"; each owns its figure after "lần lượt".
// Found by holdout19/004 (a district's crop-season report by commune).
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { locality: 'huyện Yên Thành', published: '2024-06-28' };

describe('communes listed after "các xã … là"', () => {
  const text = 'Các xã có diện tích lúa lớn nhất là Công Thành, Đô Thành và Phúc Thành, lần lượt 620 ha, 585 ha và 540 ha. Toàn huyện gieo cấy 12.450 ha.';
  it.each([['620', 'xã Công Thành'], ['585', 'xã Đô Thành'], ['540', 'xã Phúc Thành']])('the figure at %s belongs to %s', (needle, place) => {
    expect(figureAt(text, needle, opts).locality).toBe(place);
  });
  it('without a list of names after "là" (or with too many words before it) nothing moves', () => {
    expect(figureAt(text, '12.450', opts).locality).toBe('huyện Yên Thành');
    expect(figureAt('Các xã có diện tích lúa lớn nhất là vùng bãi ven sông, lần lượt 620 ha và 585 ha.', '620', opts).locality).toBe('huyện Yên Thành');
    expect(figureAt('Các xã ở phía bắc của huyện có diện tích lúa lúc nào cũng lớn nhất là Công Thành, Đô Thành, lần lượt 620 ha và 585 ha.', '620', opts).locality).toBe('huyện Yên Thành');
  });
});
