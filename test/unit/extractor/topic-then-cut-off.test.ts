// "Đối với dự án đường ven biển …, đến ngày 15/11, địa phương đã bàn giao …. Huyện đã chi trả …": a day's cut-off after the
// topic its sentence opens on dates the next sentences of its paragraph too, as one after an attribution ("Theo Sở …,
// tính đến ngày …") does. A cut-off deep in a sentence that opens otherwise dates its own sentence only.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2023-12-26', locality: 'huyện Diễn Châu' };
const HEAD = 'Năm 2023, huyện cứng hóa 70 km đường.\n\n';

describe('a cut-off after the sentence\'s topic', () => {
  it('dates the next sentence\'s stocks', () => {
    const text = `${HEAD}Đối với dự án đường ven biển qua huyện, đến ngày 15/11/2023, địa phương đã bàn giao 80/90 ha mặt bằng. Huyện đã bố trí 120 lô đất tái định cư.`;
    expect(figureAt(text, '120', OPTS).period).toBe('2023-M11');
  });

  it('not after a sentence that opens otherwise', () => {
    const text = `${HEAD}Huyện tập trung cho dự án đường ven biển, đến ngày 15/11/2023 đã bàn giao 80/90 ha mặt bằng. Huyện đã bố trí 120 lô đất tái định cư.`;
    expect(figureAt(text, '120', OPTS).period).toBe('2023');
  });
});
