// A page whose lead names no period, then "Từ đầu mùa khô 2025 - 2026 đến nay, …" opening its first body paragraph: the
// season frames the page, so the later paragraphs (households short of water, forest at risk) are that season's too, as
// a stretch of days opening the body does (body-stretch-frame). A lead that names its own period keeps the frame.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const OPTS = { published: '2026-03-17' };
const BODY = 'Từ đầu mùa khô 2025 - 2026 đến nay, trên tuyến đê biển đã xảy ra 9 điểm sạt lở với tổng chiều dài 2.400 m.\n\n' +
  'Nắng nóng kéo dài khiến 2.180 hộ thiếu nước sinh hoạt.';

describe('a season opening the first body paragraph', () => {
  it('frames the later paragraphs when the lead names no period', () => {
    const text = `Sạt lở đê biển Tây\n\n(CMO) - UBND tỉnh vừa ban hành Quyết định số 215/QĐ-UBND công bố tình huống khẩn cấp sạt lở đê biển Tây đoạn qua xã Khánh Hội và xã Sông Đốc, tổng chiều dài 1,8 km.\n\n${BODY}`;
    expect(figureAt(text, '2.180', OPTS).period).toBe('2025/2026');
  });

  it('does not when the lead names its own period', () => {
    const text = `Sạt lở đê biển Tây\n\n(CMO) - Quý I/2026, UBND tỉnh vừa ban hành Quyết định số 215/QĐ-UBND công bố tình huống khẩn cấp sạt lở đê biển Tây đoạn qua xã Khánh Hội và xã Sông Đốc, tổng chiều dài 1,8 km.\n\n${BODY}`;
    expect(figureAt(text, '2.180', OPTS).period).not.toBe('2025/2026');
  });
});
