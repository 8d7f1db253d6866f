// Council pages identify a delegate by a bracket: "(Tổ đại biểu số 11, khu vực Sóc Trăng cũ)". The place after the
// delegation's number says who asks, not whose figures the question quotes: they stay the council's unit's. A former
// unit named in the sentence itself, outside such a bracket, still owns its clause.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const pub = { published: '2025-12-10' };
const lead = 'Chiều 9/12, HĐND thành phố Cần Thơ dành trọn buổi cho phiên chất vấn và trả lời chất vấn về các vấn đề cử tri quan tâm.';

describe('a place inside a delegation\'s bracket', () => {
  it('after the delegation\'s number gives the quoted figures no place of its own', () => {
    const text = `${lead}\n\nĐại biểu Nguyễn Hoàng Phúc (Tổ đại biểu số 11, khu vực Sóc Trăng cũ) cho biết, từ đầu năm đến nay trên địa bàn xảy ra 84 vụ sạt lở bờ sông.`;
    expect(figureAt(text, '84 vụ', pub).locality).toBe('thành phố Cần Thơ');
  });
});

describe('a former unit outside the bracket', () => {
  it('owns its own clause', () => {
    const text = `${lead}\n\nĐại biểu Nguyễn Hoàng Phúc (Tổ đại biểu số 11) cho biết, riêng khu vực Sóc Trăng cũ xảy ra 84 vụ sạt lở bờ sông.`;
    expect(figureAt(text, '84 vụ', pub).locality).toBe('tỉnh Sóc Trăng');
  });
});
