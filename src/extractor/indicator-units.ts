// Which units an indicator can be measured in. A count of "chi bộ" is never new party members, however close the
// words "phát triển đảng viên" stand; money belongs to money indicators, tonnes and hectares to output and area.

const COUNT_UNITS: Record<string, readonly string[]> = {
  resolution_targets: ['chỉ tiêu'],
  new_rural_criteria: ['tiêu chí'],
  new_party_members: ['đảng viên', 'người', 'quần chúng'],
  poor_households: ['hộ', 'hộ nghèo', 'hộ gia đình', 'hộ dân'],
  households_out_of_poverty: ['hộ', 'hộ nghèo', 'hộ gia đình', 'hộ dân'],
  jobs_created: ['lao động', 'người', 'lượt lao động', 'lượt người', 'người lao động', 'lao động nông thôn'],
  new_jobs: ['lao động', 'người', 'người lao động', 'lao động nông thôn'],
  labour_export: ['lao động', 'người', 'người lao động'],
  vocational_training: ['lao động', 'người', 'lao động nông thôn', 'học viên', 'người lao động'],
  new_rural_communes: ['xã', 'phường', 'huyện', 'thị trấn'],
  new_rural_communes_advanced: ['xã'],
  new_rural_communes_model: ['xã', 'ấp', 'thôn'],
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
  fdi: ['dự án'],
  social_investment: ['dự án'],
  doctors_per_10k: ['bác sĩ/vạn dân', 'bác sĩ'],
  hospital_beds_per_10k: ['giường bệnh/vạn dân', 'giường/vạn dân', 'giường bệnh'],
  health_insurance_coverage: ['người'],
  social_insurance_coverage: ['người', 'lao động'],
  poverty_rate: [],
};

const MONEY = new Set(['grdp', 'grdp_per_capita', 'income_per_capita', 'industrial_output_value', 'agricultural_output_value',
  'total_output_value', 'retail_sales', 'export_value', 'import_value', 'budget_revenue', 'budget_expenditure',
  'social_investment', 'public_investment_disbursement', 'fdi', 'tourism_revenue']);
// Area is sown in hectares; output is weighed.
const PHYSICAL_UNITS: Record<string, readonly string[]> = {
  crop_area: ['ha', 'km2', 'm2'],
  forest_cover: ['ha', 'km2'],
  rice_output: ['tấn', 'tạ', 'kg', 'yến', 'tạ/ha', 'tấn/ha'],
  food_output: ['tấn', 'tạ', 'kg', 'yến'],
  aquaculture_output: ['tấn', 'tạ', 'kg'],
};

/** Unit classes of src/extractor/vocabulary/units.ts. */
export function unitFits(indicator: string, unit: string, unitClass: string): boolean {
  switch (unitClass) {
    case 'count':
      return (COUNT_UNITS[indicator] ?? []).some((u) => isUnitOrRate(unit, u));
    case 'money':
      return MONEY.has(indicator);
    case 'physical':
      return PHYSICAL_UNITS[indicator]?.some((u) => isUnitOrRate(unit, u)) ?? false;
    default:
      return true;
  }
}

/** Units that name their indicator on their own ("34/43 chỉ tiêu", "10 bác sĩ/vạn dân"). */
export const INDICATOR_BY_UNIT: Record<string, string> = {
  'chỉ tiêu': 'resolution_targets',
  'tiêu chí': 'new_rural_criteria',
  'bác sĩ/vạn dân': 'doctors_per_10k',
  'giường bệnh/vạn dân': 'hospital_beds_per_10k',
  'giường/vạn dân': 'hospital_beds_per_10k',
  'sản phẩm ocop': 'ocop_products',
  'lượt khách': 'tourist_arrivals',
};

/** `unit` is `base` or a rate of it ("hộ/năm" for "hộ"); asked for every mention near every count, so no string is
 * built to compare. */
function isUnitOrRate(unit: string, base: string): boolean {
  return unit === base || (unit.length > base.length && unit.charCodeAt(base.length) === 47 && unit.startsWith(base));
}
