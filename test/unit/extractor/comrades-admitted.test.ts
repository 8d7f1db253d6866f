// "Kết nạp đảng viên: 64 đồng chí": members admitted to the party, counted as "đồng chí", are new party members when the
// count follows the verb of admission. People present or elected, also counted as "đồng chí", are not, even in the
// same paragraph as "kết nạp đảng viên".
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const HEAD = 'Huyện ủy triển khai nhiệm vụ năm 2024\n\n';
const OPTS = { published: '2024-01-12' };

describe('comrades counted after "kết nạp"', () => {
  it('are new party members, in a target line and in a sentence', () => {
    const list = `${HEAD}Các chỉ tiêu chủ yếu năm 2024 như sau:\n- Kết nạp đảng viên: 64 đồng chí.`;
    expect(figureAt(list, '64', OPTS)).toMatchObject({ indicator: 'new_party_members', unit: 'đồng chí' });
    const sentence = `${HEAD}Năm 2023, Đảng bộ huyện kết nạp mới 71 đồng chí vào Đảng.`;
    expect(figureAt(sentence, '71', OPTS).indicator).toBe('new_party_members');
  });

  it('leave people present or elected without that indicator', () => {
    const text = `${HEAD}Năm 2023 huyện kết nạp 71 đảng viên mới. Hội nghị có 29/31 đồng chí Huyện ủy viên dự; bầu bổ sung 3 đồng chí vào Ban Thường vụ.`;
    expect(figureAt(text, '29/31', OPTS).indicator).toBeUndefined();
    expect(figureAt(text, '3 đồng chí', OPTS).indicator).toBeUndefined();
  });
});
