// "Ông Trần Hữu Minh, Chánh Văn phòng Ủy ban …, cho biết, 9 tháng, toàn quốc xảy ra 8.161 vụ tai nạn …": papers cite a
// named person for the public figures of a report. A story about one person's own farm or family is dropped; a
// citation of public figures is kept: an office head's title ("Chánh Văn phòng", "Chánh Thanh tra"), the whole
// country as subject, or measures only a public body keeps (budget, poverty rate, "trên địa bàn"). Pattern from real
// provincial and national pages.
import { describe, it } from 'vitest';
import { expectFigure, expectNoFigureAt } from './helpers.ts';

const pub = { published: '2025-11-20' };

describe('a named person cited for public figures still reports', () => {
  it('"Chánh Văn phòng" is an official\'s title', () => {
    expectFigure('Ông Trần Văn Bảy, Chánh Văn phòng Ban An toàn giao thông tỉnh cho biết, năm 2025 xảy ra 161 vụ tai nạn giao thông.', '161 vụ', { indicator: 'traffic_accidents' }, pub);
  });
  it('"toàn quốc xảy ra …" is a statistic, whoever tells it', () => {
    expectFigure('Ông Trần Văn Bảy cho biết, 10 tháng qua, toàn quốc xảy ra 8.161 vụ tai nạn giao thông.', '8.161 vụ', { kind: 'level' }, pub);
  });
  it('the budget "trên địa bàn" cited from someone named earlier', () => {
    expectFigure('Ông Nguyễn Văn Tâm cho biết, năm 2025 thu ngân sách trên địa bàn đạt 8.161 tỷ đồng.', '8.161 tỷ đồng', { indicator: 'budget_revenue' }, pub);
  });
  it('"Theo ông …, tỷ lệ hộ nghèo của huyện giảm còn 2,1%"', () => {
    expectFigure('Theo ông Phạm Văn Sơn, tỷ lệ hộ nghèo của huyện giảm còn 2,1%.', '2,1%', { indicator: 'poverty_rate', direction: 'down' }, pub);
  });
});

describe('one person\'s own story stays out', () => {
  it('a farmer\'s profit', () => {
    expectNoFigureAt('Ông Tám cho biết, năm nay gia đình thu lãi 800 triệu đồng từ 3 ao tôm.', '800 triệu đồng', pub);
  });
  it('"Chánh" in a commune\'s name is no title', () => {
    expectNoFigureAt('Ông Lê Văn Hòa, 68 tuổi, ngụ ấp 3, xã Tân Mỹ Chánh, đã hiến 500 m2 đất để làm đường.', '500 m2', pub);
  });
});
