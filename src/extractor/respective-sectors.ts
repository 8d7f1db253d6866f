// "Giá trị sản xuất các ngành nông, lâm, thủy sản; công nghiệp - xây dựng; dịch vụ lần lượt đạt 2.214 tỷ đồng, 10.840 tỷ
// đồng và 6.811 tỷ đồng": the sectors named one after another between an output value and "lần lượt" pair with the
// figures listed after it, in order: farming's is the farm output, industry's the industrial output, and trade and
// services have no output value of their own. Words of one sector next to each other ("nông, lâm, thủy sản",
// "công nghiệp - xây dựng") name one sector.
import { SECTOR_GROUP_WORDS } from './vocabulary/sectors.ts';

const SECTOR_WORDS = new RegExp(String.raw`(?<![\p{L}\p{M}])(?:${SECTOR_GROUP_WORDS.map((g) => `(${g.join('|')})`).join('|')})(?!\p{L})(?!\p{M})`, 'gu');
const OUTPUT_OF_GROUP = ['agricultural_output_value', 'industrial_output_value', null] as const;
// A list names a handful of sectors at most, in a short stretch of words.
const LIST_REACH = 160;

/**
 * The output value of the k-th of `count` sectors named in lower[from, to) (to: where "lần lượt" stands): an id, null
 * for trade and services, undefined unless the words name exactly `count` sectors, each once.
 */
export function respectiveSectorOutput(lower: string, from: number, to: number, k: number, count: number): string | null | undefined {
  if (to - from > LIST_REACH || k >= count) return undefined;
  const groups: number[] = [];
  SECTOR_WORDS.lastIndex = 0;
  const words = lower.slice(from, to);
  for (let m = SECTOR_WORDS.exec(words); m; m = SECTOR_WORDS.exec(words)) {
    const group = m[1] ? 0 : m[2] ? 1 : 2;
    if (groups[groups.length - 1] !== group) groups.push(group);
  }
  if (groups.length !== count || new Set(groups).size !== count) return undefined;
  return OUTPUT_OF_GROUP[groups[k]!];
}
