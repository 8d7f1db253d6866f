// "…cho biết, giai đoạn 2021 - 2023, xã huy động hơn 48,6 tỷ đồng …. Toàn xã đã nhựa hóa 36,4km đường": a stretch of
// years that opens its sentence (or the words reported after "cho biết,") dates the later sentences of its paragraph,
// as "a period named earlier in the same paragraph" would. Not "đến nay" sentences, not a programme's name, not the
// next paragraph. Pattern from holdout12.
import { describe, it } from 'vitest';
import { expectFigure, type Case } from './helpers.ts';

const run = (cases: Case[]) => it.each(cases)('%s', (_name, text, needle, want, opts) => { expectFigure(text, needle, want, opts); });
const pub = { published: '2023-11-28' };
const head = 'Xã Phước Mỹ Trung đạt chuẩn nông thôn mới nâng cao\n\n28/11/2023\n\n';
const topic = `${head}Chủ tịch UBND xã cho biết, giai đoạn 2021 - 2023, xã huy động hơn 48,6 tỷ đồng để xây dựng nông thôn mới. Toàn xã đã nhựa hóa 36,4km đường giao thông nông thôn. Đến nay, xã có 1.250 hộ dùng nước sạch.\n\nToàn xã có 420 hộ trồng dừa.`;
const named = `${head}Xã thực hiện Chương trình xây dựng nông thôn mới giai đoạn 2021 - 2025, huy động hơn 48,6 tỷ đồng. Toàn xã đã nhựa hóa 36,4km đường giao thông nông thôn.`;

const commas = `${head}Theo Chủ tịch UBND xã, để đạt chuẩn, giai đoạn 2022 - 2023, xã huy động hơn 32 tỷ đồng. Xã đã nâng cấp 14,6km đường giao thông.`;
const programme = `${head}Xã thực hiện Chương trình mục tiêu quốc gia xây dựng nông thôn mới, giai đoạn 2021 - 2025, huy động hơn 32 tỷ đồng. Xã đã nâng cấp 14,6km đường giao thông.`;

describe('a stretch of years set as a topic dates its paragraph', () => {
  run([
    ['its own sentence', topic, '48,6', { value: 48.6e9, period: '2021/2023' }, pub],
    ['a later sentence of the paragraph', topic, '36,4km', { value: 36.4, period: '2021/2023' }, pub],
    ['not a sentence about now ("đến nay")', topic, '1.250', { value: 1250, period: '2023' }, pub],
    ['not the next paragraph', topic, '420', { value: 420, period: '2023' }, pub],
    ['not a programme\'s "giai đoạn" inside its name', named, '36,4km', { value: 36.4, period: '2023' }, pub],
    ['set off by commas after a purpose', commas, '14,6km', { value: 14.6, period: '2022/2023' }, pub],
    ['not set off by commas after a programme\'s name', programme, '14,6km', { value: 14.6, period: '2023' }, pub],
  ]);
});
