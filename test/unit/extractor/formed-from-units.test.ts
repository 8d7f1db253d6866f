// "Phường Tân An được thành lập từ Phường 1, Phường 3 và xã Bình Tâm của thành phố Tân An (cũ)": the units a new one was
// formed from are named for its history only. "Phường phấn đấu …" later in the page is the new ward, not the last of
// them; "thành lập phường X" (naming the new unit) still names a place.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-12' };

describe('units a new commune or ward was formed from', () => {
  it('are not what "phường" alone means afterwards', () => {
    const text = 'Phường Long Châu: Thu ngân sách năm 2025 vượt dự toán\n\n' +
      'Phường Long Châu được thành lập từ Phường 1, Phường 2 và Phường 9 của thành phố Vĩnh Long (cũ).\n\n' +
      'Năm 2026, phường phấn đấu thu ngân sách đạt 320 tỷ đồng.';
    expect(figureAt(text, '320 tỷ đồng', opts).locality).toBe('phường Long Châu');
  });

  it('leave a ward named as the one being set up to be a place', () => {
    const text = 'Tin địa phương\n\nNăm 2024, tỉnh hoàn thành đề án thành lập phường Tân Hội; phường Tân Hội có tỷ lệ hộ nghèo 0,8%.';
    expect(figureAt(text, '0,8%', opts).locality).toBe('phường Tân Hội');
  });
});
