// Story sentences are judged only when asked about, and a story carried on by a bare "Ông" needs the sentences
// before it: the answers must not depend on which sentences were asked, or in which order.
import { describe, expect, it } from 'vitest';
import { anecdoteSentences } from '../../../src/extractor/anecdotes.ts';
import { normalise } from '../../../src/extractor/normalise.ts';
import { segment } from '../../../src/extractor/segments.ts';

const TEXT = [
  'Năm 2024, thu ngân sách của huyện đạt 1.400 tỉ đồng.',
  'Ông Trần Văn Tám có 3 ao nuôi tôm.',
  'Ông cho biết mỗi năm lãi gần 800 triệu đồng.',
  'Ông còn thuê thêm 5 lao động.',
  'Toàn huyện có 120 hộ nuôi tôm công nghiệp.',
  'Ông nói thêm rằng giá tôm đang tăng.',
  'Khoảng 14 giờ ngày 14/11, tại km 12 Quốc lộ 1A xảy ra tai nạn làm 2 người chết.',
].join(' ');

function storiesOf(text: string, order: (starts: number[]) => number[]): boolean[] {
  const norm = normalise(text);
  const starts = segment(norm.lower).sentenceStarts;
  const stories = anecdoteSentences(norm.text, norm.lower, starts);
  const asked = new Map(order([...starts]).map((s) => [s, stories.has(s)] as const));
  return starts.map((s) => asked.get(s)!);
}

describe('story sentences', () => {
  it('a named person opens a story that a bare "Ông" carries on, until a sentence about the district', () => {
    expect(storiesOf(TEXT, (s) => s)).toEqual([false, true, true, true, false, false, true, false]);
  });

  it('give the same answers whichever sentences are asked first', () => {
    const forward = storiesOf(TEXT, (s) => s);
    expect(storiesOf(TEXT, (s) => s.reverse())).toEqual(forward);
    expect(storiesOf(TEXT, (s) => [s[3]!, s[5]!, ...s])).toEqual(forward);
  });

  it('only sentence starts are stories', () => {
    const norm = normalise(TEXT);
    const stories = anecdoteSentences(norm.text, norm.lower, segment(norm.lower).sentenceStarts);
    expect(stories.has(TEXT.indexOf('có 3 ao'))).toBe(false);
    expect(anecdoteSentences('', '', []).has(0)).toBe(false);
  });
});
