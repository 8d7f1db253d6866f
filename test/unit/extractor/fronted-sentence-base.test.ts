// "So với cùng kỳ năm trước, diện tích lúa ruộng tương đương; lúa nương giảm 9,1%; ngô giảm 9,7%": statistics reports
// open a sentence on its base and then run a row of changes, one per clause. Every change of the row that states no
// base of its own is measured against the opening one. Pattern from real provincial statistics pages.
import { describe, it } from 'vitest';
import { expectFigure } from './helpers.ts';

const pub = { published: '2024-10-30' };
const row = 'So với cùng kỳ năm trước, diện tích lạc tương đương; đậu tương giảm 4,2%; sắn giảm 3,5%, rau các loại tăng 2,6%.';

describe('a base that opens the sentence measures the changes of every clause after it', () => {
  it('changes after semicolons take "cùng kỳ năm trước"', () => {
    expectFigure(row, '4,2%', { kind: 'change', direction: 'down', base: 'same_period' }, pub);
    expectFigure(row, '3,5%', { base: 'same_period' }, pub);
    expectFigure(row, '2,6%', { direction: 'up', base: 'same_period' }, pub);
  });
  it('"So với tháng trước," gives the previous period', () => {
    expectFigure('So với tháng trước, giá thịt lợn hơi tăng 3,1%; giá gà giảm 1,4%.', '1,4%', { base: 'previous_period' }, pub);
  });
  it('"So với năm 2023," gives that year', () => {
    expectFigure('So với năm 2023, số doanh nghiệp thành lập mới tăng 12%; vốn đăng ký giảm 5,5%.', '5,5%', { base: '2023' }, pub);
  });
  it('"So với năm trước," is the year before the figure\'s own', () => {
    expectFigure('So với năm trước, lượng khách tăng 9%; doanh thu du lịch tăng 14,2%.', '14,2%', { base: '2023' }, pub);
  });
});

describe('what the opening base does not reach', () => {
  it('a change that names its own base keeps it', () => {
    expectFigure('So với cùng kỳ năm trước, thu ngân sách tăng 8%; chi ngân sách tăng 6,3% so với dự toán.', '6,3%', { base: 'target' }, pub);
  });
  it('a level in the row stays without a base', () => {
    expectFigure('So với cùng kỳ năm trước, sản lượng lúa tăng 3%; năng suất đạt 58,6 tạ/ha.', '58,6 tạ/ha', { kind: 'level', base: undefined }, pub);
  });
  it('a "so với" inside the sentence, not at its opening, is not read as one', () => {
    expectFigure('Tính riêng tháng 10, chỉ số giá tiêu dùng so với tháng trước ổn định; giá lương thực giảm 0,8%.', '0,8%', { base: undefined }, pub);
  });
  it('the next sentence is not measured against it', () => {
    expectFigure('So với cùng kỳ năm trước, đàn bò tăng 2%. Đàn lợn giảm 1,5%.', '1,5%', { base: undefined }, pub);
  });
});

describe('the same stretch a year before, named by its months', () => {
  it('"So với 9 tháng đầu năm 2024," is the same period', () => {
    const text = 'So với 9 tháng đầu năm 2024, số vụ tai nạn giảm 127 vụ (-13,6%), số người chết giảm 17 người.';
    expectFigure(text, '127 vụ', { base: 'same_period' }, pub);
    expectFigure(text, '17 người', { base: 'same_period' }, pub);
  });
  it('"So với tháng cùng kỳ năm 2023 giảm 54 vụ, giảm 29 người chết"', () => {
    expectFigure('So với tháng cùng kỳ năm 2023 giảm 54 vụ, giảm 29 người chết.', '29 người', { base: 'same_period' }, pub);
  });
});
