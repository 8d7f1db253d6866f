// "GRDP … ước tăng 7,12% so với cùng kỳ; trong đó khu vực nông, lâm nghiệp và thủy sản tăng 4,85%, khu vực công nghiệp -
// xây dựng tăng 8,96%, khu vực dịch vụ tăng 7,64%. Xét theo địa bàn, khu vực Lâm Đồng cũ tăng 7,48%, …": a sector named
// in a breakdown of the GRDP (sector-growth.ts) is that breakdown's item, not a topic of the sentences after it. A later
// sentence of the paragraph that names nothing of its own goes on with what the paragraph named before the breakdown.
import { segmentBounds, type Segments } from './segments.ts';

/** Remembers where the last GRDP breakdown's first sector was named; `before` gives it for a figure of a later sentence of
 *  the same paragraph. */
export function createGrdpSectorTopic(segments: Segments, textLength: number) {
  let last = -1;
  return {
    // (The breakdown's first sector: the topic is read before the whole breakdown.)
    note(sectorStart: number) {
      const sentenceStart = segmentBounds(segments.sentenceStarts, sectorStart, textLength)[0];
      if (last < sentenceStart) last = sectorStart;
    },
    /** The start of the last GRDP breakdown's first sector when it stands in an earlier sentence of `pos`'s paragraph. */
    before(pos: number): number | undefined {
      if (last < 0) return undefined;
      const [paragraphStart] = segmentBounds(segments.paragraphStarts, pos, textLength);
      const [sentenceStart] = segmentBounds(segments.sentenceStarts, pos, textLength);
      return last >= paragraphStart && last < sentenceStart ? last : undefined;
    },
  };
}
