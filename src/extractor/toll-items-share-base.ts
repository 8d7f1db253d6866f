// "…; giảm 3 vụ, 2 người chết và 1 người bị thương so với năm 2023": counts listed after one verb, each with the rest of
// its noun at most between it and the next ("chết", "bị thương"), are links of one chain; the base closing the chain
// measures all of them, as it does when each repeats the verb (toll-items-share-base). Counts and amounts only: a row
// of bare percentages may compare different things.
const BARE_ITEM_GAP = /^[^,;.()\d]{0,24}?\s*(?:,\s*(?:và\s+)?|\s+và\s+)$/u;

/** The words between two changes that are amounts, not percentages, leave the second a bare item of the first's list. */
export function bareItemsLinked(gap: string, unitA: string | undefined, unitB: string | undefined): boolean {
  return unitA !== '%' && unitB !== '%' && unitA !== undefined && unitB !== undefined && BARE_ITEM_GAP.test(gap);
}
