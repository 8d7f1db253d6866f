// "các xã ven sông Đà và sông Lô": districts named after their river (Sông Lô, Sông Mã, Sông Công, Sông Cầu, Sông
// Hinh) are written with a capital "S"; "sông Lô" in lower case is the river itself, no place of a figure.

/** The bare name at `start` of the cased text is a river's: "sông" in lower case. */
export function isRiverNotDistrict(cased: string | undefined, start: number): boolean {
  return cased !== undefined && cased.startsWith('sông ', start);
}
