// A table of places whose columns hold counts and how each count moved ("Địa phương | Số vụ | Tăng, giảm (vụ) | Số người
// chết | Tăng, giảm (người)"), under a caption that names what the moves compare with: each cell is read, a signed cell in
// a "Tăng, giảm (vụ)" column being a change in that noun against the caption's base, a "Số người chết" column counting
// people. A change column naming no unit ("Tăng, giảm") is no column this reader knows, and the table is left.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

const table = (changeHead: string) =>
  'Tai nạn giao thông tại một số địa phương năm 2024 (tăng, giảm so với năm 2023):\n\n' +
  `Địa phương | Số vụ | ${changeHead} | Số người chết | Tăng, giảm (người)\n` +
  'Huyện Thanh Oai | 17 | -4 | 12 | +2\n' +
  'Huyện Ứng Hòa | 14 | +3 | 9 | -1\n';

describe('a place table with count and count-change columns', () => {
  it('reads the counts and their signed changes against the caption\'s base', () => {
    const text = table('Tăng, giảm (vụ)');
    const opts = { published: '2025-01-06' };
    expect(figureAt(text, '17', opts)).toMatchObject({ kind: 'level', unit: 'vụ', locality: 'huyện Thanh Oai' });
    expect(figureAt(text, '-4', opts)).toMatchObject({ kind: 'change', value: 4, unit: 'vụ', direction: 'down', base: '2023' });
    expect(figureAt(text, '| 12', opts)).toMatchObject({ kind: 'level', unit: 'người', value: 12 });
    expect(figureAt(text, '+3', opts)).toMatchObject({ kind: 'change', value: 3, direction: 'up', locality: 'huyện Ứng Hòa' });
  });

  it('reads nothing when a change column names no unit', () => {
    const text = table('Tăng, giảm');
    expectNoFigureAt(text, '-4', { published: '2025-01-06' });
  });
});
