// A headline that names only the year it plans for ("Năm 2024 phấn đấu thu ngân sách 420 tỷ đồng") dates its own
// figures; the lead's period ("kết quả năm 2023 và nhiệm vụ năm 2024") frames the paragraphs after it. Pattern from
// holdout12 (an interview published in January).
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2024-01-20' };
const lead = '20/01/2024 - 07:05\n\nBL - Nhân dịp đầu năm mới, phóng viên có cuộc trò chuyện với ông Lê Văn Nhàn, Chủ tịch UBND huyện Hòa Bình, về kết quả năm 2023 và nhiệm vụ năm 2024 của huyện.\n\n';
const body = '- Ông Lê Văn Nhàn: “Huyện đã hỗ trợ xây dựng, sửa chữa 215 căn nhà cho hộ nghèo với tổng kinh phí hơn 10,7 tỷ đồng”.';
const planned = `Huyện Hòa Bình: Năm 2024 phấn đấu thu ngân sách 420 tỷ đồng\n\n${lead}${body}`;
const result = `Huyện Hòa Bình: Năm 2024 thu ngân sách 420 tỷ đồng\n\n${lead}${body}`;

describe('a headline\'s plan year frames only the headline', () => {
  run([
    ['the body after the lead takes the lead\'s year', planned, '10,7', { value: 10.7e9, period: '2023' }, pub],
    ['the headline keeps its own year as a target', planned, '420', { value: 420e9, period: '2024', modality: 'target' }, pub],
    ['a headline that reports its year still frames the article', result, '10,7', { value: 10.7e9, period: '2024' }, pub],
  ]);
});
