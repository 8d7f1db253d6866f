// "thu hút vốn FDI đạt 1,2 tỷ USD và trong nước đạt gần 69.000 tỷ đồng", "…; vốn trong nước đạt …": the domestic side
// named bare after the foreign one is domestic investment, not more of the foreign.

const DOMESTIC_AFTER_FOREIGN = /^\s*(?:[,;]\s*(?:và\s+|còn\s+)?|\s+và\s+)(?:vốn\s+)?(?:đầu tư\s+)?trong nước(?:\s+(?:ước\s+)?(?:đạt|là|thu hút được|thu hút))?(?:\s+(?:khoảng|gần|hơn|trên))?\s*$/u;

/** The words from the end of the foreign figure (`foreignEnd`) to the number at `numberStart` name the domestic side. */
export function namesDomesticAfterForeign(lower: string, foreignEnd: number, numberStart: number): boolean {
  return DOMESTIC_AFTER_FOREIGN.test(lower.slice(foreignEnd, numberStart));
}
