// Cooking gas is priced by the cylinder and the cylinder named by its size: "tăng 15.000 đồng/bình 12 kg", "bình gas 12
// kg", "loại bình 45 kg". The size says which cylinder is meant, as "loại 1 kg" does; it is no figure (gas-cylinder-price).
const CYLINDER_BEFORE = /(?:\/|(?<![\p{L}\p{M}])loại )bình(?: gas)? $|(?<![\p{L}\p{M}])bình gas $/u;
const WEIGHT_AFTER = /^\d{1,2}(?:,\d)? ?kg(?!\p{L})/u;
const REACH = 16;

/** The number at `pos` is the size of a gas cylinder named right before it. */
export function namesCylinderSize(lower: string, pos: number): boolean {
  return WEIGHT_AFTER.test(lower.slice(pos, pos + 8)) && CYLINDER_BEFORE.test(lower.slice(Math.max(0, pos - REACH), pos));
}
