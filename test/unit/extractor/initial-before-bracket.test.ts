// Police news abbreviates the people it names to an initial: "xe ô tô do anh Trần Văn T. (32 tuổi, trú tại …) điều khiển
// va chạm với xe mô tô, làm 1 người tử vong". The initial's dot before a bracket ends no sentence, so the clock time
// that opened the sentence still marks one crash, whose toll is no figure.
import { describe, expect, it } from 'vitest';
import { figuresIn } from './helpers.ts';
import { segment } from '../../../src/extractor/segments.ts';

const OPTS = { published: '2024-04-04' };

describe('a name\'s initial before a bracket', () => {
  it('one crash told with a suspect\'s initial keeps its toll out', () => {
    const text = 'Tai nạn giao thông tháng 3\n\nKhoảng 22 giờ 15 ngày 17/3, xe ô tô do anh Trần Văn T. (32 tuổi, trú tại thị trấn Diêm Điền) điều khiển va chạm với xe mô tô, làm 1 người tử vong tại chỗ.';
    expect(figuresIn(text, OPTS).map((f) => f.text)).toEqual([]);
  });

  it('a one-letter word ending a sentence before a new one still ends it', () => {
    const lower = 'cả nước có 12 tỉnh xếp hạng a. 5 tỉnh xếp hạng b.';
    expect(segment(lower).sentenceStarts).toContain(lower.indexOf(' 5 tỉnh'));
  });
});
