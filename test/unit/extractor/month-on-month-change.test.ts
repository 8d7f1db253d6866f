// "CPI tháng 1 năm 2022 của thành phố tăng 0,25% so với tháng trước. ¶ So với tháng trước, …; nhóm hàng ăn và dịch vụ ăn
// uống giảm 0,15%": a change against the month before is a month's change. When only the year would date it (the
// month was named in the lead paragraph, not in the headline), it is the month the report last named. Pattern from a
// real city statistics-office CPI page.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2025-03-05' };
const text = [
  'Giá cả thị trường ổn định',
  'Theo Thống kê tỉnh, chỉ số giá tiêu dùng (CPI) tháng 2 năm 2025 của tỉnh tăng 0,31% so với tháng trước và tăng 2,9% so với cùng kỳ năm trước, chủ yếu do nhu cầu mua sắm dịp Tết.',
  'So với tháng trước, có 8/11 nhóm hàng tăng giá; trong đó, nhóm giao thông tăng 1,12%; nhóm hàng ăn và dịch vụ ăn uống tăng 0,64%.',
].join('\n\n');

describe('a change against the month before takes the report\'s month', () => {
  it('the groups in the paragraph after the lead', () => {
    expectFigure(text, '1,12%', { base: 'previous_period', period: '2025-M02' }, pub);
    expectFigure(text, '0,64%', { period: '2025-M02' }, pub);
  });
});

describe('what keeps the year', () => {
  it('a change against the same period of the year before', () => {
    const yearly = ['Kinh tế tăng trưởng khá', 'Theo Thống kê tỉnh, chỉ số giá tiêu dùng (CPI) tháng 2 năm 2025 của tỉnh tăng 0,31% so với tháng trước, chủ yếu do nhu cầu mua sắm dịp Tết tăng cao ở khắp nơi.',
      'Năm 2025, kim ngạch xuất khẩu ước tăng 12,5% so với năm trước.'].join('\n\n');
    expectFigure(yearly, '12,5%', { period: '2025' }, pub);
  });
});
