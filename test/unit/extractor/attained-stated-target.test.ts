// A share of "the target" named bare ("đến nay đã đạt 85% mục tiêu") after a target stated earlier in its sentence ("đặt
// mục tiêu có 120 xã đạt chuẩn") measures what that target counts, not the paragraph before's topic; a share that names
// its own measure keeps it.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const BEFORE = 'Nông thôn mới Quảng Ngãi\n\nĐến nay, toàn tỉnh có 102/164 xã đạt chuẩn nông thôn mới. Huyện Mộ Đức đang hoàn thiện hồ sơ đề nghị công nhận huyện nông thôn mới nâng cao.\n\n';

describe('a share of a target stated before in its sentence', () => {
  it('measures what the target counts', () => {
    const text = BEFORE + 'Giai đoạn 2021 - 2025, tỉnh đặt mục tiêu có 120 xã đạt chuẩn; đến nay đã đạt 85% mục tiêu.';
    expect(figureAt(text, '120 xã').indicator).toBe('new_rural_communes');
    expect(figureAt(text, '85%').indicator).toBe('new_rural_communes');
  });

  it('a share that names its own measure keeps it', () => {
    const text = BEFORE + 'Năm 2024, tỉnh đặt mục tiêu có 12 xã đạt chuẩn; tỷ lệ hộ dân dùng nước sạch đạt 85% mục tiêu.';
    expect(figureAt(text, '85%').indicator).not.toBe('new_rural_communes');
  });
});
