// A sentence whose speaker says "tôi" goes on with whoever spoke before it: a farmer's "Tôi được xã hỗ trợ 1 triệu
// đồng" is still his story, an official's "Tôi đề nghị … đạt 6.800 tỷ đồng" is still a report.
import { describe, expect, it } from 'vitest';
import { expectNoFigureAt, figureAt } from './helpers.ts';

describe('a first-person sentence carries on the story before it', () => {
  it('a villager quoted in the first person tells his own story', () => {
    const text = 'Ông Lâm Văn Tư, 58 tuổi, ở ấp Âu Thọ B, chỉ tay về phía ruộng lúa: “Năm nay mặn vô sớm nên chắc chỉ cứu được một nửa. Tôi được xã hỗ trợ 1 triệu đồng với 2 bao giống để chuẩn bị cho vụ sau”.';
    expectNoFigureAt(text, '1 triệu đồng');
  });

  it('"tôi" inside the head of a quote ("Ghe của chùa tôi dài 27 m") is the same story', () => {
    const text = 'Ông Thạch Sóc Khanh, 72 tuổi, ở ấp Ô Chát, đã gắn bó nhiều năm với chiếc ghe Ngo của chùa. “Ghe của chùa tôi dài 27 m, chở được nhiều tay bơi”, ông chia sẻ.';
    expectNoFigureAt(text, '27 m');
  });

  it('an official who says "tôi" still reports', () => {
    const text = 'Phát biểu kết luận, Bí thư Tỉnh ủy đề nghị các cấp ủy tập trung tháo gỡ vướng mắc trong giải phóng mặt bằng. “Tôi đề nghị phấn đấu thu ngân sách cả năm đạt 6.800 tỷ đồng”, Bí thư Tỉnh ủy nhấn mạnh.';
    expect(figureAt(text, '6.800 tỷ đồng').value).toBe(6_800_000_000_000);
  });

  it('"chúng tôi" speaks for an office, not for one person', () => {
    const text = 'Ông Nguyễn Văn Thành, 45 tuổi, ở ấp 3, có 2 ha vườn. Chúng tôi đã giải quyết việc làm cho 2.150 lao động trong năm, Giám đốc Sở cho biết.';
    expect(figureAt(text, '2.150').unit).toBe('lao động');
  });
});
