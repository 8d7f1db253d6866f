// Traffic and crime reports chain changes of several counts before one base: "giảm 9 vụ, giảm 16 người chết, giảm 6
// người bị thương so với năm 2020"; "giảm cả về số vụ (-31%), số người chết (-20%) và số người bị thương (-25%) so với
// năm 2023"; "số vụ giảm 12%, số người chết giảm 8% và số người bị thương giảm 15% so với năm 2023". Every link is
// measured against the base at the chain's end.
import { describe, expect, it } from 'vitest';
import { figureAt } from './helpers.ts';

const opts = { published: '2024-12-28' };

describe('a chain of changes of several counts', () => {
  it('counts with the rest of their noun share the base at the end', () => {
    const text = 'Năm 2024, trên địa bàn huyện giảm 7 vụ, giảm 5 người chết, giảm 9 người bị thương so với năm 2023.';
    expect(figureAt(text, '7 vụ', opts).base).toBe('2023');
    expect(figureAt(text, '5 người', opts).base).toBe('2023');
  });

  it('signed changes in brackets after their nouns share it', () => {
    const text = 'Năm 2024, tai nạn giao thông giảm cả về số vụ (-22%), số người chết (-14%) và số người bị thương (-30%) so với năm 2023.';
    expect(figureAt(text, '22%', opts).base).toBe('2023');
    expect(figureAt(text, '14%', opts).base).toBe('2023');
  });

  it('changes each opening on their count share it', () => {
    const text = 'Năm 2024, số vụ giảm 12%, số người chết giảm 8% và số người bị thương giảm 15% so với năm 2023.';
    expect(figureAt(text, '12%', opts).base).toBe('2023');
    expect(figureAt(text, '8%', opts).base).toBe('2023');
  });

  it('a change in an earlier sentence does not take the base', () => {
    const text = 'Năm 2024, số vụ giảm 12%. Số người chết giảm 8% so với năm 2023.';
    expect(figureAt(text, '12%', opts).base).toBeUndefined();
  });
});
