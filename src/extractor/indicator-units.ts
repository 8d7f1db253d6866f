// Which units an indicator can be measured in. A count of "chi bộ" is never new party members, however close the
// words "phát triển đảng viên" stand; money belongs to money indicators, tonnes and hectares to output and area.

const COUNT_UNITS: Record<string, readonly string[]> = {
  resolution_targets: ['chỉ tiêu'],
  new_rural_criteria: ['tiêu chí'],
  new_party_members: ['đảng viên', 'người', 'quần chúng'],
  poor_households: ['hộ', 'hộ nghèo', 'hộ gia đình', 'hộ dân'],
  near_poor_households: ['hộ', 'hộ cận nghèo'],
  charity_houses: ['căn', 'căn nhà'],
  livestock_herd: ['con'],
  households_out_of_poverty: ['hộ', 'hộ nghèo', 'hộ gia đình', 'hộ dân'],
  jobs_created: ['lao động', 'người', 'lượt lao động', 'lượt người', 'người lao động', 'lao động nông thôn'],
  new_jobs: ['lao động', 'người', 'người lao động', 'lao động nông thôn'],
  labour_export: ['lao động', 'người', 'người lao động'],
  vocational_training: ['lao động', 'người', 'lao động nông thôn', 'học viên', 'người lao động'],
  new_rural_communes: ['xã', 'phường', 'huyện', 'thị trấn'],
  new_rural_districts: ['huyện', 'thị xã', 'thành phố', 'đơn vị cấp huyện'],
  new_rural_communes_advanced: ['xã'],
  // (Hamlets that reach the model standard, "thêm 1 thôn đạt chuẩn nông thôn mới kiểu mẫu", are no communes: 31 hamlet
  // counts across the corpora carry no id.)
  new_rural_communes_model: ['xã'],
  national_standard_schools: ['trường', 'trường học'],
  ocop_products: ['sản phẩm', 'sản phẩm ocop'],
  new_enterprises: ['doanh nghiệp'],
  tourist_arrivals: ['lượt khách', 'lượt', 'khách', 'du khách', 'lượt người'],
  international_tourist_arrivals: ['lượt khách', 'lượt', 'khách', 'du khách'],
  crime: ['vụ', 'vụ án', 'vụ việc', 'đối tượng', 'bị can'],
  // "điều tra làm rõ 512/597 vụ": the ratio is the clearance rate.
  crime_clearance_rate: ['vụ', 'vụ án'],
  traffic_accidents: ['vụ'],
  traffic_deaths: ['người'],
  traffic_injuries: ['người'],
  fdi: ['dự án', 'lượt dự án'],
  domestic_investment: ['dự án', 'lượt dự án'],
  social_investment: ['dự án'],
  doctors_per_10k: ['bác sĩ/vạn dân', 'bác sĩ'],
  hospital_beds_per_10k: ['giường bệnh/vạn dân', 'giường/vạn dân', 'giường bệnh', 'giường'],
  health_insurance_coverage: ['người'],
  social_insurance_coverage: ['người', 'lao động'],
  poverty_rate: [],
  // "Chỉ số cải cách hành chính năm 2023 giảm 5 bậc": an index's rank moves by places.
  par_index: ['bậc', 'hạng'],
  pci: ['bậc', 'hạng'],
  papi: ['bậc', 'hạng'],
  dti: ['bậc', 'hạng'],
};

/** Rates whose measure is also given as a count ("tỷ lệ hộ nghèo còn 0,08%, tương ứng 29 hộ"). */
export const COUNT_OF_RATE: Readonly<Record<string, string>> = { poverty_rate: 'poor_households' };

// (An exam's average score is no graduation rate, which is a share of candidates.)
const SCORED = new Set(['pci', 'papi', 'par_index', 'dti', 'sipas']);
const MONEY = new Set(['grdp', 'grdp_per_capita', 'income_per_capita', 'industrial_output_value', 'agricultural_output_value',
  'total_output_value', 'retail_sales', 'export_value', 'import_value', 'budget_revenue', 'budget_expenditure',
  'social_investment', 'public_investment_disbursement', 'fdi', 'domestic_investment', 'tourism_revenue', 'trade_value']);
const PRICE = /\/(?:kg|tấn|tạ|yến|lít|m2|m3|con|trái|quả|kwh)$/u;
// ("Thu ngân sách bình quân mỗi ngày trên 180 tỷ đồng": a total per day is still the total: average-per-day-or-month.)
const PER_TIME = /^[A-Z]+\/(?:năm|tháng|quý|ngày)$/u;
const PER_AREA = /\/(?:ha|sào|công)(?:\/[\p{L}]+)?$/u;
// Area is sown in hectares; output is weighed. Forest cover is a share of the land, never an area ("trồng mới 1.200 ha
// rừng" is planting).
const PHYSICAL_UNITS: Record<string, readonly string[]> = {
  // (Not km2: "… hợp nhất thành xã Đồng Đăng, với diện tích 98 km2 và dân số …" is a place's territory, territory-not-crop.)
  crop_area: ['ha'],
  rice_output: ['tấn', 'tạ', 'kg', 'yến', 'tạ/ha', 'tấn/ha'],
  food_output: ['tấn', 'tạ', 'kg', 'yến'],
  aquaculture_output: ['tấn', 'tạ', 'kg'],
};

/** Unit classes of src/extractor/vocabulary/units.ts. */
// Money per administrative unit: "tỷ đồng/xã", "triệu đồng/phường".
const PER_PLACE = /^VND\/(?:xã|phường|thị trấn|huyện|quận|thị xã|đơn vị)$/u;

export function unitFits(indicator: string, unit: string, unitClass: string): boolean {
  switch (unitClass) {
    case 'count':
      return (COUNT_UNITS[indicator] ?? []).some((u) => isUnitOrRate(unit, u));
    case 'money':
      // "giá sầu riêng dao động từ 75.000 - 90.000 đồng/kg": a price, not an output value or revenue.
      // "lợi nhuận 25 - 30 triệu đồng/ha", "giá trị trên 1 ha đạt 215 triệu đồng": money per area is no total either.
      // "chi tiêu bình quân 1.500 USD/khách/chuyến", "mức chi hỗ trợ 1,5 triệu đồng/người/tháng": money per someone is
      // a sum only per head; per month or year it is still a total ("giải ngân bình quân 120 tỷ đồng/tháng").
      // "… 5.000 tỷ đồng vốn trong nước vào các KCN; … cần thu hút thêm khoảng 514 triệu USD": domestic investment is
      // registered in đồng; dollars are the foreign capital named before it.
      // ("thu ngân sách quý I bình quân đạt 2,6 tỷ đồng/xã": revenue averaged over the communes is still revenue; a grant
      // per commune is no revenue, and no other total is read per place: revenue-per-commune.)
      return MONEY.has(indicator) && !PRICE.test(unit) && !PER_AREA.test(unit) &&
        (PER_HEAD.has(indicator) || !unit.includes('/') || PER_TIME.test(unit) || (indicator === 'budget_revenue' && PER_PLACE.test(unit))) &&
        !(indicator === 'domestic_investment' && unit.startsWith('USD'));
    // "Chính phủ số (400 điểm)": points are scored on an index or an exam, never on growth or output.
    case 'score':
      return SCORED.has(indicator);
    case 'physical': {
      // "Năng suất tôm siêu thâm canh bình quân 35 - 40 tấn/ha/vụ": a yield is no output, unless listed as one.
      const units = PHYSICAL_UNITS[indicator];
      return !!units && (PER_AREA.test(unit) ? units.includes(unit) : units.some((u) => isUnitOrRate(unit, u)));
    }
    default:
      return true;
  }
}

/** Units that name their indicator on their own ("34/43 chỉ tiêu", "10 bác sĩ/vạn dân"). */
// Counted nouns several indicators count in: "lượt người" are visitors ("đón 1,2 triệu lượt người") or workers
// ("giải quyết việc làm cho 412.600 lượt người"). The unit alone names visitors; a measure named in the clause says which.
export const SHARED_COUNT_UNITS: ReadonlySet<string> = new Set(['lượt người']);

export const INDICATOR_BY_UNIT: Record<string, string> = {
  'chỉ tiêu': 'resolution_targets',
  'tiêu chí': 'new_rural_criteria',
  'bác sĩ/vạn dân': 'doctors_per_10k',
  'giường bệnh/vạn dân': 'hospital_beds_per_10k',
  'giường/vạn dân': 'hospital_beds_per_10k',
  'sản phẩm ocop': 'ocop_products',
  'lượt khách': 'tourist_arrivals',
  'khách': 'tourist_arrivals',
};


// "Số bác sĩ trên 1 vạn dân đạt 15 bác sĩ", "tăng 1,6 bác sĩ so với năm 2020": a rate per population whose
// denominator was named with the indicator, not after the number, keeps it in its unit.
const POPULATION_NAMED = /(?:vạn|10\.000|10 nghìn|10 ngàn) dân/u;
const PER_POPULATION: Record<string, string> = {
  doctors_per_10k: 'bác sĩ/vạn dân',
  hospital_beds_per_10k: 'giường bệnh/vạn dân',
};

/** The unit a figure of a per-population indicator is written in, when only the counted noun follows it. */
export function perPopulationUnit(unit: string, indicator: string | undefined, sentenceBefore: () => string): string {
  const full = indicator ? PER_POPULATION[indicator] : undefined;
  // "thiếu khoảng 260 bác sĩ" counts doctors; only a sentence that named the population speaks of the rate. (The
  // sentence is cut out only for the two indicators that need it: this runs for every figure.)
  if (!full || unit.includes('/') || !POPULATION_NAMED.test(sentenceBefore())) return unit;
  return full.startsWith(unit) || unit === 'giường' ? full : unit;
}

// Indicators that count what stands at a date (places meeting a standard, products, households, rates), not what
// happened over a period: "tính đến ngày 30/6/2025, toàn tỉnh có 186/346 xã đạt chuẩn" is the stock of June, while
// "đến ngày 30/9/2024, giải ngân đạt …" sums nine months.
const STOCKS = new Set([
  'new_rural_communes', 'new_rural_communes_advanced', 'new_rural_communes_model', 'new_rural_criteria', 'ocop_products',
  'national_standard_schools', 'poor_households', 'poverty_rate', 'near_poverty_rate', 'health_insurance_coverage',
  'social_insurance_coverage', 'doctors_per_10k', 'hospital_beds_per_10k', 'clean_water_rate', 'forest_cover',
  'urbanization_rate', 'school_enrollment_rate', 'trained_labour_rate', 'child_malnutrition_rate', 'unemployment_rate',
]);

// Money per head: its unit is per person per year whatever the text writes, and it is named where it is given.
export const PER_HEAD: ReadonlySet<string> = new Set(['income_per_capita', 'grdp_per_capita']);

// A scale's move in per cent is its growth rate: "GRDP ước đạt 114.792 tỷ đồng, tăng 8,01%" reports the growth of GRDP,
// as "tăng trưởng GRDP 8,01%" would (the spec's convention for "tăng X%" of GRDP).
const GROWTH_OF_SCALE: Readonly<Record<string, string>> = { grdp: 'grdp_growth' };

/** The indicator a change of `indicator` in `unitClass` measures: the growth rate for a scale's change in per cent. */
export function changeIndicator(indicator: string | undefined, kind: string, unitClass: string): string | undefined {
  return indicator !== undefined && kind === 'change' && unitClass === 'percent' ? GROWTH_OF_SCALE[indicator] ?? indicator : indicator;
}

// "có 3 huyện được Thủ tướng Chính phủ công nhận đạt chuẩn nông thôn mới": the communes' phrase read over a count of
// districts names the districts' standard.
const DISTRICT_LEVEL_UNITS: ReadonlySet<string> = new Set(['huyện', 'thị xã', 'đơn vị cấp huyện']);

/** The new-rural indicator of a count, by the level of the units counted. */
export function newRuralOfUnits(indicator: string | undefined, unit: string): string | undefined {
  return indicator === 'new_rural_communes' && DISTRICT_LEVEL_UNITS.has(unit) ? 'new_rural_districts' : indicator;
}

export function isPerHead(id: string | undefined): boolean {
  return id !== undefined && PER_HEAD.has(id);
}

// Measures a place wants low: a poverty rate "cao hơn chỉ tiêu 0,36 điểm phần trăm" fell short of its plan, so a rise
// above the plan is no plan exceeded (a fall "vượt kế hoạch" still is).
const LOWER_IS_BETTER: ReadonlySet<string> = new Set([
  'poverty_rate', 'near_poverty_rate', 'poor_households', 'unemployment_rate', 'child_malnutrition_rate', 'crime',
  'traffic_accidents', 'traffic_deaths', 'traffic_injuries',
]);

export function isLowerBetter(id: string | undefined): boolean {
  return id !== undefined && LOWER_IS_BETTER.has(id);
}

export function isStockIndicator(id: string | undefined): boolean {
  return id !== undefined && STOCKS.has(id);
}

/** `unit` is `base` or a rate of it ("hộ/năm" for "hộ"); asked for every mention near every count, so no string is
 * built to compare. */
function isUnitOrRate(unit: string, base: string): boolean {
  return unit === base || (unit.length > base.length && unit.charCodeAt(base.length) === 47 && unit.startsWith(base));
}

// Indicators that count, weigh or sum an amount (visitors from abroad, cases, deaths, hectares, tonnes, jobs, a budget's
// spending): a level of theirs in per cent is a share of some whole ("trong đó khách quốc tế chiếm 41,9%", "lúa chất lượng
// cao chiếm 82,5% diện tích", "Chi sự nghiệp giáo dục chiếm 38,2% chi thường xuyên"), which measures none of them. A
// change or a share of a plan in per cent still does. (Totals whose shares the corpora do annotate with the id, export
// value, new enterprises, FDI, all visitors, output values, are not listed; nor imports, whose share of the trade total
// share-of-trade.test.ts reads as imports.)
const AMOUNTS_NOT_SHARES: ReadonlySet<string> = new Set(['international_tourist_arrivals', 'crop_area', 'rice_output', 'food_output',
  'aquaculture_output', 'crime', 'traffic_accidents', 'traffic_deaths', 'traffic_injuries', 'budget_expenditure', 'jobs_created',
  'new_jobs', 'poor_households', 'vocational_training', 'grdp', 'tourism_revenue']);

/** A level in per cent is a share of a whole: is it one of `indicator` (amount-not-share)? */
export function percentLevelFits(indicator: string, kind: string, unitClass: string): boolean {
  return !(kind === 'level' && unitClass === 'percent' && AMOUNTS_NOT_SHARES.has(indicator));
}
