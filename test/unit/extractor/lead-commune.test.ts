// After the 2025 reorganisation a ward's or commune's page often opens "Phường Phong Phú được thành lập trên cơ sở sáp
// nhập phường Phong Phú (cũ) và xã Phong Thạnh …": a body that opens on a commune or ward, with no district or province
// named before it, is about that commune, so its figures (and those of later paragraphs) are the commune's. The former
// units named in the merger are not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2025-08-06' };
const page = (opening: string) => `Khai thác lợi thế, trở thành đô thị văn minh

${opening} Nhiệm kỳ 2020-2025, với tinh thần đoàn kết, thống nhất, kinh tế - xã hội của địa phương ngày càng phát triển, thu ngân sách tăng bình quân 9%/năm.

Lĩnh vực nông nghiệp phát triển toàn diện, bền vững theo hướng an toàn, giá trị sản xuất tăng bình quân 8%/năm.`;

describe('a body opening on a commune', () => {
  it('gives its figures to that commune, in its paragraph and the next', () => {
    const text = page('Phường Phong Phú được thành lập trên cơ sở sáp nhập phường Phong Hòa (cũ) và xã Phong Thạnh (cũ).');
    expect(figureAt(text, '9%/năm', opts).locality).toBe('phường Phong Phú');
    expect(figureAt(text, '8%/năm', opts).locality).toBe('phường Phong Phú');
  });

  it('not when a district is named before it', () => {
    const text = page('Huyện Phong Điền có 12 xã. Phường Phong Phú được thành lập trên cơ sở sáp nhập phường Phong Hòa (cũ) và xã Phong Thạnh (cũ).');
    expect(figureAt(text, '8%/năm', opts).locality).not.toBe('phường Phong Phú');
  });
});
