// A police tally whose sapo names no period ("Trong dịp nghỉ lễ, tình hình … được giữ vững") is framed by the stretch of
// days its first body paragraph opens on: the violations and crime of the later paragraphs are of that stretch (the
// second quarter for 30/4 - 1/5), not of the whole year. After a sapo that names its own period, the stretch dates its
// paragraph alone.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const tally = (sapo: string) =>
  'Nghỉ lễ: Hải Phòng không để xảy ra tai nạn nghiêm trọng\n\n' +
  `${sapo}\n\n` +
  'Theo Công an thành phố, từ ngày 29/4 đến hết ngày 3/5/2025, trên địa bàn xảy ra 5 vụ tai nạn giao thông, làm chết 3 người, bị thương 4 người.\n\n' +
  'Lực lượng Cảnh sát giao thông đã phát hiện, xử lý 2.310 trường hợp vi phạm, phạt tiền hơn 3,1 tỷ đồng.';

describe('a stretch of days opening the first body paragraph after a sapo with no period', () => {
  it('frames the later paragraphs of the tally', () => {
    const text = tally('Trong 5 ngày nghỉ lễ Giỗ Tổ Hùng Vương, 30/4 và 1/5, tình hình an ninh, trật tự trên địa bàn thành phố được giữ vững, không xảy ra vụ việc phức tạp.');
    expect(figureAt(text, '2.310', { published: '2025-05-04' }).period).toBe('2025-Q2');
    expect(figureAt(text, '3,1 tỷ', { published: '2025-05-04' }).period).toBe('2025-Q2');
  });

  it('dates its own paragraph only when the sapo names its period', () => {
    const text = tally('Trong 5 ngày nghỉ lễ tháng 4/2025, tình hình an ninh, trật tự trên địa bàn thành phố được giữ vững, không xảy ra vụ việc phức tạp.');
    expect(figureAt(text, '2.310', { published: '2025-05-04' }).period).not.toBe('2025-Q2');
  });
});
