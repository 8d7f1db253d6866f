// "…; so với năm trước giảm 24 vụ (-8,1%), giảm 11 người chết": a base opening a clause after a semicolon runs the row
// of changes after it, past a bracketed rate. A change after a later comparison of its own keeps that one.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2026-01-08' };

describe('"; so với năm trước" before a row of changes', () => {
  const text = 'Năm 2025 xảy ra 272 vụ tai nạn giao thông, làm chết 181 người; so với năm trước giảm 24 vụ (-8,1%), giảm 11 người chết.';

  it('gives the change after the bracket the year before as base', () => {
    expect(figureAt(text, '11 người', opts).base).toBe('2024');
  });
});

describe('a change with its own comparison later in the clause', () => {
  it('keeps its own base', () => {
    const text = 'Năm 2025 xảy ra 272 vụ tai nạn giao thông; so với năm trước giảm 24 vụ, số người chết giảm 6 người so với cùng kỳ.';
    expect(figureAt(text, '6 người', opts).base).toBe('same_period');
  });
});
