// The economy's sectors as papers name them, for the readers that tell a sector's figures from the whole economy's
// (resolve-indicator.ts, sector-subject.ts, sector-growth.ts). Pattern sources, lower-case, canonical tones.

/** Farming in full or short: "nông, lâm nghiệp và thủy sản", "nông - lâm - thủy sản", "nông, lâm, thủy". */
export const FARMING = String.raw`nông(?:,| -)? lâm(?: nghiệp)?(?:,| và| -)? thủy(?: sản)?`;
