// "Người dân xã Cao Bồ hái chè Shan tuyết; mỗi ha chè cổ thụ ở đây cho thu nhập 80 - 100 triệu đồng/năm": "ở đây", "tại
// đây" in a figure's clause points back to the place its sentence named, even when that place sat in an earlier clause
// (a commune otherwise owns its own clause only).

const HERE = /(?<![\p{L}\p{M}])(?:ở|tại|nơi) đây(?!\p{L})(?!\p{M})/u;
const REACH = 120;

/** The figure's clause, up to `pos`, says "ở đây" / "tại đây". */
export function refersBackHere(lower: string, clauseStart: number, pos: number): boolean {
  const clause = lower.slice(Math.max(clauseStart, pos - REACH), pos);
  return clause.includes(' đây') && HERE.test(clause);
}
