// The share the leading partners' dollars make of the capital ("… lần lượt là 820 triệu USD, 410 triệu USD và 260 triệu
// USD, chiếm 71,6% vốn đăng ký") is a share of the foreign investment; a share after đồng, or in a clause of its own,
// is not.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2024-12-28' };

describe("a share after the partners' dollars", () => {
  it('is a share of the FDI', () => {
    const text = 'Thu hút FDI năm 2024\n\nNăm 2024, tỉnh thu hút 2,1 tỷ USD vốn FDI. Hàn Quốc, Nhật Bản và Singapore dẫn đầu với số vốn lần lượt là 820 triệu USD, 410 triệu USD và 260 triệu USD, chiếm 71,6% vốn đăng ký.';
    expect(figureAt(text, '71,6%', OPTS)).toMatchObject({ kind: 'level', indicator: 'fdi' });
  });

  it('a share after đồng is not', () => {
    const text = 'Đầu tư trong nước\n\nNăm 2024, huyện thu hút 14 dự án với tổng vốn 2.360 tỷ đồng, chiếm 38,5% vốn đăng ký của tỉnh.';
    expect(figureAt(text, '38,5%', OPTS).indicator).not.toBe('fdi');
  });
});
