// Numbers a person types into the correction form, written the Vietnamese way ("1.400", "0,69", "1.400,5") or the
// English way ("1400.5"). Undefined when it is not a number at all.
export function parseTypedNumber(raw: string): number | undefined {
  const s = raw.trim().replace(/\s+/g, '');
  if (!s) return undefined;
  let norm: string;
  if (s.includes(',')) norm = s.replace(/\./g, '').replace(',', '.');
  else if (/^-?\d{1,3}(\.\d{3})+$/.test(s)) norm = s.replace(/\./g, '');
  else norm = s;
  if (!/^-?\d+(\.\d+)?$/.test(norm)) return undefined;
  const n = Number(norm);
  return Number.isFinite(n) ? n : undefined;
}
