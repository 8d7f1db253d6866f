// "có thêm hai tổ dân phố đạt chuẩn văn minh đô thị", "ba thôn đạt chuẩn nông thôn mới kiểu mẫu": commune and ward
// reports count their villages and residential groups that reach a standard, in words as in digits. Like "ba xã đạt
// chuẩn", such a spelled count with a status after it is a figure (spelled-village-counts).
import { describe, expect, it } from 'vitest';
import { extract } from '../../../src/extractor/index.ts';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-12-19', locality: 'phường Phổ Yên' };
const HEAD = 'Phường Phổ Yên tổng kết năm 2025\n\n';

describe('spelled counts of villages and residential groups', () => {
  it('"hai tổ dân phố đạt chuẩn" counts two', () => {
    const text = `${HEAD}Năm 2026, phường phấn đấu có thêm hai tổ dân phố đạt chuẩn văn minh đô thị.`;
    expect(figureAt(text, 'hai tổ dân phố', OPTS)).toMatchObject({ value: 2, unit: 'tổ dân phố' });
  });
  it('"ba thôn", "bốn khu dân cư" with a status count too', () => {
    const text = `${HEAD}Trong năm, xã có ba thôn đạt chuẩn nông thôn mới kiểu mẫu và bốn khu dân cư được công nhận khu dân cư văn hóa.`;
    expect(figureAt(text, 'ba thôn', OPTS)).toMatchObject({ value: 3, unit: 'thôn' });
    expect(figureAt(text, 'bốn khu dân cư', OPTS)).toMatchObject({ value: 4, unit: 'khu dân cư' });
  });
});

describe('what stays a description', () => {
  it('villages named with no status after them', () => {
    const text = `${HEAD}Đoàn công tác đã đến thăm hai thôn vùng cao của xã và tặng quà các hộ gia đình.`;
    expect(extract(text, OPTS).figures.map((f) => f.text)).not.toContain('hai thôn');
  });
});
