// "Nhân dân hiến 3.500 m2 đất làm đường", "thu hồi 12 ha đất": land given up for roads and works is no sown area,
// even in a paragraph about sowing.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

describe('land given up is no crop area', () => {
  const text = 'Diện tích gieo trồng lúa đạt 1.200 ha. Nhân dân hiến 3.500 m2 đất làm đường giao thông; huyện thu hồi 12 ha đất ' +
    'để xây dựng cụm công nghiệp; diện tích gieo trồng ngô đạt 300 ha.';

  it('donated and recovered land is not crop area', () => {
    expect(figureAt(text, '3.500 m2').indicator).toBeUndefined();
    expect(figureAt(text, '12 ha').indicator).toBeUndefined();
  });

  it('sown land around it stays crop area', () => {
    expect(figureAt(text, '1.200 ha').indicator).toBe('crop_area');
    expect(figureAt(text, '300 ha').indicator).toBe('crop_area');
  });
});
