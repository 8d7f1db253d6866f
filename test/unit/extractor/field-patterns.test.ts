// Patterns met in unseen provincial reports (holdout10): each case names the pattern, with a case it must not touch.
import { describe, expect, it } from 'vitest';
import { expectFigure, expectNoFigureAt, figuresIn } from './helpers.ts';

describe('salinity readings', () => {
  it('a reading in ‰ is a physical level', () => {
    expectFigure('Tại cửa sông Cái Lớn, độ mặn cao nhất đạt 18,6‰.', '18,6', { value: 18.6, kind: 'level', unit: '‰' });
  });
  it('a reading in g/l is a physical level, and its rise against the same period a change', () => {
    const text = 'Độ mặn cao nhất tại cống Cái Bé là 14,2 g/l, cao hơn cùng kỳ 3,5 g/l.';
    expectFigure(text, '14,2', { value: 14.2, kind: 'level', unit: 'g/l' });
    expect(figuresIn(text).find((f) => f.text.startsWith('3,5'))?.unit).toBe('g/l');
  });
  it('"phần nghìn" written out is ‰', () => {
    expectFigure('Độ mặn đo được tại cống Vàm Giồng là 6,2 phần nghìn.', '6,2', { value: 6.2, unit: '‰' });
  });
  it('the isohaline in "ranh mặn 4‰" names a line, not a figure', () => {
    const text = 'Hiện nay ranh mặn 4‰ trên sông Cái Lớn đã vào sâu 58 km.';
    expectNoFigureAt(text, '4‰');
    expectFigure(text, '58 km', { value: 58, unit: 'km' });
  });
});

describe('industrial products counted by the pair or the piece', () => {
  it('"triệu đôi" is a count of pairs with its scale', () => {
    expectFigure('- Giày dép da: 58,3 triệu đôi, +12,1%;', '58,3', { value: 58_300_000, kind: 'level', unit: 'đôi' });
  });
  it('"triệu chiếc" is a count of pieces', () => {
    expectFigure('Sản lượng điện thoại di động đạt 1,2 triệu chiếc.', '1,2', { value: 1_200_000, unit: 'chiếc' });
  });
  it('"gấp đôi" stays a multiple, not a count of pairs', () => {
    expectFigure('Tổng đàn bò đạt 28.650 con, tăng gấp đôi so với năm 2015.', 'gấp đôi', { value: 2, kind: 'change', unit: 'lần' });
  });
});

describe('a district whose name is an everyday word', () => {
  it('written with capitals after its type, it is the place', () => {
    expectFigure('Huyện Mang Thít giải ngân 79,6% kế hoạch; UBND thị xã Bình Minh với tỷ lệ 76,1%.', '76,1', { locality: 'thị xã Bình Minh' });
  });
  it('in lower case after a type word, it stays the everyday word', () => {
    expectFigure('Năm 2025, HĐND huyện Tuy An thông qua nghị quyết. HĐND huyện thống nhất các chỉ tiêu chủ yếu: thu ngân sách 265 tỷ đồng.', '265', { locality: 'huyện Tuy An' });
  });
});
