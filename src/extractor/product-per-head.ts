// "GRDP đạt 94,12 triệu đồng/người": the product named bare, measured in money per person, is the product per head.
// The lexicon reads "GRDP bình quân đầu người" and "GRDP/người"; bare "GRDP" is the size of the economy, whose unit
// (billions of đồng) money per person never fits, so without this the figure had no indicator at all.
const PRODUCT_NAMED = /(?<![\p{L}\p{M}])(?:grdp|gdp|tổng sản phẩm)(?!\p{L})(?!\p{M})/u;
const MONEY_PER_PERSON = /^(?:VND|USD)\/người(?:\/năm)?$/;

/** The money per person at [clauseStart, numberStart) names the product bare in its clause. */
export function isProductPerHead(lower: string, unit: string, clauseStart: number, numberStart: number): boolean {
  return MONEY_PER_PERSON.test(unit) && PRODUCT_NAMED.test(lower.slice(clauseStart, numberStart));
}
