// A congress of the 2025 - 2030 term that reviews "Nhiệm kỳ 2020 - 2025, …" and then sets "Mục tiêu đến năm 2030, …;
// … tăng bình quân 4 - 5%/năm; mỗi năm kết nạp …": a yearly target after a horizon named in its sentence is the target
// of the term that ends at that horizon, not of the term reviewed a paragraph before. Level targets keep the horizon.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2025-08-25' };
const HEAD = 'Đảng bộ xã Hòa Lợi tổ chức Đại hội lần thứ I, nhiệm kỳ 2025 - 2030\n\nNgày 24-8, Đảng bộ xã Hòa Lợi tổ chức Đại hội đại biểu lần thứ I, nhiệm kỳ 2025 - 2030.\n\n' +
  'Nhiệm kỳ 2020 - 2025, thu nhập bình quân đầu người của các xã (cũ) đạt 68 triệu đồng.\n\n';

describe('a yearly target after a horizon', () => {
  it('is the target of the term ending at the horizon', () => {
    const text = HEAD + 'Mục tiêu đến năm 2030, thu nhập bình quân đầu người đạt từ 105 triệu đồng trở lên; thu ngân sách tăng bình quân 8 - 10%/năm; mỗi năm kết nạp từ 30 đảng viên trở lên.';
    expect(figureAt(text, '8 - 10%', OPTS)).toMatchObject({ modality: 'target', period: '2025/2030' });
    expect(figureAt(text, '30 đảng viên', OPTS)).toMatchObject({ modality: 'target', period: '2025/2030' });
    expect(figureAt(text, '105 triệu đồng', OPTS)).toMatchObject({ modality: 'target', period: '2030' });
  });

  it('the reviewed term\'s own figure stays that term\'s', () => {
    const text = HEAD + 'Mục tiêu đến năm 2030, thu nhập bình quân đầu người đạt từ 105 triệu đồng trở lên.';
    expect(figureAt(text, '68 triệu đồng', OPTS)).toMatchObject({ modality: 'actual', period: '2020/2025' });
  });
});
