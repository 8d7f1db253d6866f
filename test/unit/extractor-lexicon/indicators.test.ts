import { describe, expect, it } from 'vitest';
import { findIndicatorMentions, indicatorForUnit, percentVariantOf } from '../../../src/extractor/lexicon/match-indicators.ts';

/** [id, matched text] for each mention. */
function found(text: string): Array<[string, string]> {
  return findIndicatorMentions(text).map((m) => [m.id, text.slice(m.start, m.end)]);
}

function idsIn(text: string): string[] {
  return findIndicatorMentions(text).map((m) => m.id);
}

describe('indicator lexicon: longest match', () => {
  it('tỷ lệ hộ nghèo beats hộ nghèo', () => {
    expect(found('tỷ lệ hộ nghèo giảm còn 0,69%')).toEqual([['poverty_rate', 'tỷ lệ hộ nghèo']]);
  });
  it('hộ nghèo alone is the count of poor households', () => {
    expect(found('còn 5.404 hộ nghèo')).toEqual([['poor_households', 'hộ nghèo']]);
  });
  it('giá trị sản xuất nông nghiệp beats giá trị sản xuất', () => {
    expect(found('giá trị sản xuất nông nghiệp giảm 2,2%')).toEqual([['agricultural_output_value', 'giá trị sản xuất nông nghiệp']]);
  });
  it('giá trị sản xuất alone is weak total output', () => {
    const [m] = findIndicatorMentions('giá trị sản xuất ở 3 khu vực đều tăng');
    expect(m?.id).toBe('total_output_value');
    expect(m?.weak).toBe(true);
  });
  it('tổng giá trị sản xuất is total output, strong', () => {
    const [m] = findIndicatorMentions('tổng giá trị sản xuất chỉ đạt 99,13% so với nghị quyết');
    expect(m).toMatchObject({ id: 'total_output_value' });
    expect(m?.weak).toBeUndefined();
  });
  it('nông thôn mới nâng cao beats nông thôn mới', () => {
    expect(idsIn('xây dựng 2 xã đạt chuẩn nông thôn mới nâng cao')).toEqual(['new_rural_communes_advanced']);
  });
  it('nông thôn mới kiểu mẫu is the model standard', () => {
    expect(found('1 xã nông thôn mới kiểu mẫu')).toEqual([['new_rural_communes_model', 'xã nông thôn mới kiểu mẫu']]);
  });
  it('xã đạt chuẩn NTM abbreviation', () => {
    expect(found('huyện có 12/17 xã đạt chuẩn ntm và ntm nâng cao')).toEqual([
      ['new_rural_communes', 'xã đạt chuẩn ntm'],
      ['new_rural_communes_advanced', 'ntm nâng cao'],
    ]);
  });
  it('tổng thu ngân sách địa phương is budget revenue as a whole phrase', () => {
    expect(found('tổng thu ngân sách địa phương 186 tỷ đồng')).toEqual([['budget_revenue', 'tổng thu ngân sách địa phương']]);
  });
  it('thu ngân sách từ kinh tế địa phương', () => {
    expect(found('thu ngân sách từ kinh tế địa phương tăng 30,43%')).toEqual([['budget_revenue', 'thu ngân sách từ kinh tế địa phương']]);
  });
  it('tổng chi ngân sách is expenditure, not revenue', () => {
    expect(idsIn('tổng chi ngân sách 640,706 tỷ đồng')).toEqual(['budget_expenditure']);
  });
  it('mentions never overlap and come left to right', () => {
    const ms = findIndicatorMentions('thu ngân sách đạt 1.400 tỉ đồng, chi ngân sách 900 tỉ đồng');
    expect(ms.map((m) => m.id)).toEqual(['budget_revenue', 'budget_expenditure']);
    expect(ms[0]!.end).toBeLessThanOrEqual(ms[1]!.start);
  });
});

describe('indicator lexicon: word boundaries', () => {
  it('hộ does not match inside hộp', () => {
    expect(idsIn('hộp nghèo')).toEqual([]);
  });
  it('a phrase does not match inside a longer word', () => {
    expect(idsIn('bhytx')).toEqual([]);
  });
  it('tăng trưởng does not fire inside tăng cường', () => {
    expect(idsIn('tăng cường công tác')).toEqual([]);
  });
  it('a phrase does not cross a full stop', () => {
    expect(idsIn('thu ngân. sách')).toEqual([]);
  });
  it('a phrase does not cross a bracket', () => {
    expect(idsIn('tỷ lệ (hộ) nghèo')).not.toContain('poverty_rate');
  });
  it('runs of spaces inside a phrase still match', () => {
    expect(found('tỷ  lệ   hộ nghèo')).toEqual([['poverty_rate', 'tỷ  lệ   hộ nghèo']]);
  });
  it('offsets point into the given string', () => {
    const text = '- Thu ngân sách: 4.856 tỷ đồng'.toLowerCase();
    const [m] = findIndicatorMentions(text);
    expect(text.slice(m!.start, m!.end)).toBe('thu ngân sách');
  });
});

describe('indicator lexicon: spellings and abbreviations', () => {
  it('tỉ lệ is read like tỷ lệ', () => {
    expect(idsIn('tỉ lệ hộ nghèo')).toEqual(['poverty_rate']);
  });
  it('tỉ trọng is read like tỷ trọng', () => {
    expect(idsIn('tỉ trọng khu vực dịch vụ')).toEqual(['sector_share']);
  });
  it('thu NSNN', () => {
    expect(idsIn('thu nsnn ước đạt')).toEqual(['budget_revenue']);
  });
  it('KT-XH with and without spaces around the hyphen', () => {
    expect(idsIn('các chỉ tiêu kt-xh')).toEqual(['resolution_targets']);
    expect(idsIn('chỉ tiêu kt - xh')).toEqual(['resolution_targets']);
  });
  it('chỉ tiêu NQ đề ra', () => {
    expect(found('đạt và vượt 18/18 chỉ tiêu nq đề ra')).toEqual([['resolution_targets', 'chỉ tiêu nq đề ra']]);
  });
  it('BHYT and tham gia BHYT', () => {
    expect(idsIn('tỷ lệ tham gia bhyt đạt 92%')).toEqual(['health_insurance_coverage']);
    expect(idsIn('bảo hiểm y tế đạt 97,5%')).toEqual(['health_insurance_coverage']);
  });
  it('BHXH is social insurance', () => {
    expect(idsIn('người tham gia bhxh tự nguyện')).toEqual(['social_insurance_coverage']);
  });
  it('GRDP bình quân đầu người beats GRDP', () => {
    expect(idsIn('grdp bình quân đầu người đạt 65 triệu đồng')).toEqual(['grdp_per_capita']);
  });
  it('TNBQĐN is income per capita', () => {
    expect(idsIn('tnbqđn đạt 60 triệu đồng/người/năm')).toEqual(['income_per_capita']);
  });
  it('OCOP products', () => {
    expect(found('có 25 sản phẩm ocop 3 sao')).toEqual([['ocop_products', 'sản phẩm ocop 3 sao']]);
  });
  it('tỷ lệ lấp đầy KCN is an added id', () => {
    expect(idsIn('tỷ lệ lấp đầy kcn đạt 80%')).toEqual(['industrial_park_occupancy']);
  });
  it('a comma inside a phrase must be a comma in the text', () => {
    expect(idsIn('giá trị sản xuất nông, lâm, thủy sản')).toEqual(['agricultural_output_value']);
  });
  it('bác sĩ/vạn dân and bác sĩ trên 10.000 dân', () => {
    expect(idsIn('đạt 9 bác sĩ/vạn dân')).toEqual(['doctors_per_10k']);
    expect(idsIn('10 bác sĩ trên 10.000 dân')).toEqual(['doctors_per_10k']);
  });
  it('giường bệnh/vạn dân', () => {
    expect(idsIn('32 giường bệnh/vạn dân')).toEqual(['hospital_beds_per_10k']);
  });
});

describe('indicator lexicon: real phrasings', () => {
  it('tăng trưởng GRDP', () => {
    expect(idsIn('tăng trưởng grdp ước đạt 3,4%')).toEqual(['grdp_growth']);
  });
  it('tốc độ tăng trưởng tổng sản phẩm trên địa bàn', () => {
    expect(found('tốc độ tăng trưởng tổng sản phẩm trên địa bàn (grdp) đạt 7%')[0]).toEqual(['grdp_growth', 'tốc độ tăng trưởng tổng sản phẩm trên địa bàn']);
  });
  it('quy mô nền kinh tế is GRDP size', () => {
    expect(idsIn('quy mô nền kinh tế đạt 100 nghìn tỷ đồng')).toEqual(['grdp']);
  });
  it('chỉ số sản xuất công nghiệp is IIP', () => {
    expect(idsIn('chỉ số sản xuất công nghiệp (iip) tăng 8%')).toEqual(['industrial_production_index', 'industrial_production_index']);
  });
  it('tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng', () => {
    expect(idsIn('tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng đạt 50.000 tỷ đồng')).toEqual(['retail_sales']);
  });
  it('kim ngạch xuất khẩu vs xuất nhập khẩu', () => {
    expect(idsIn('kim ngạch xuất khẩu đạt 1,2 tỷ usd')).toEqual(['export_value']);
    expect(idsIn('tổng kim ngạch xuất nhập khẩu đạt 3 tỷ usd')).toEqual(['trade_value']);
  });
  it('vốn đầu tư toàn xã hội', () => {
    expect(idsIn('huy động vốn đầu tư phát triển toàn xã hội')).toEqual(['social_investment']);
  });
  it('giải ngân vốn đầu tư công', () => {
    expect(idsIn('tỷ lệ giải ngân vốn đầu tư công đạt 95%')).toEqual(['public_investment_disbursement']);
  });
  it('doanh nghiệp thành lập mới', () => {
    expect(idsIn('có 320 doanh nghiệp thành lập mới')).toEqual(['new_enterprises']);
  });
  it('lượt khách quốc tế beats lượt khách', () => {
    expect(idsIn('đón 150.000 lượt khách quốc tế')).toEqual(['international_tourist_arrivals']);
    expect(idsIn('đón 1,2 triệu lượt khách')).toEqual(['tourist_arrivals']);
  });
  it('lượng khách quốc tế are international arrivals', () => {
    expect(idsIn('lượng khách quốc tế đến Việt Nam đạt gần 15,8 triệu lượt')).toEqual(['international_tourist_arrivals']);
  });
  it('ngân sách chi cho … is budget expenditure', () => {
    expect(idsIn('ngân sách chi cho giáo dục năm 2024 là 34.500 tỷ đồng')).toEqual(['budget_expenditure']);
  });
  it('a season\'s output is rice output', () => {
    expect(idsIn('sản lượng cả vụ ước đạt gần 2 triệu tấn')).toEqual(['rice_output']);
  });
  it('khách nội địa are tourist arrivals, not international ones', () => {
    expect(idsIn('khách nội địa hơn 5,58 triệu lượt')).toEqual(['tourist_arrivals']);
  });
  it('tổng thu du lịch is tourism revenue', () => {
    expect(idsIn('tổng thu du lịch đạt 1.500 tỷ đồng')).toEqual(['tourism_revenue']);
  });
  it('chỉ số giá tiêu dùng, PCI, PAPI, PAR index', () => {
    expect(idsIn('chỉ số giá tiêu dùng bình quân tăng 3%')).toEqual(['cpi']);
    expect(idsIn('chỉ số năng lực cạnh tranh cấp tỉnh pci')).toEqual(['pci', 'pci']);
    expect(idsIn('chỉ số papi')).toEqual(['papi']);
    expect(idsIn('chỉ số cải cách hành chính (par index)')).toEqual(['par_index', 'par_index']);
  });
  it('diện tích xuống giống and sản lượng lúa', () => {
    expect(idsIn('diện tích xuống giống lúa đạt 70.000 ha, sản lượng lúa 450.000 tấn')).toEqual(['crop_area', 'rice_output']);
  });
  it('sản lượng lương thực có hạt and sản lượng thủy sản', () => {
    expect(idsIn('sản lượng lương thực có hạt; tổng sản lượng thủy sản')).toEqual(['food_output', 'aquaculture_output']);
  });
  it('tỷ lệ hộ cận nghèo is near poverty', () => {
    expect(idsIn('tỷ lệ hộ cận nghèo còn 2%')).toEqual(['near_poverty_rate']);
  });
  it('hộ thoát nghèo', () => {
    expect(found('có 20 hộ thoát nghèo')).toEqual([['households_out_of_poverty', 'hộ thoát nghèo']]);
  });
  it('giải quyết việc làm vs tạo việc làm mới', () => {
    expect(idsIn('giải quyết việc làm cho 870 lao động, trong đó tạo việc làm mới 360 lao động')).toEqual(['jobs_created', 'new_jobs']);
  });
  it('dạy nghề and đào tạo nghề', () => {
    expect(idsIn('dạy nghề 120 lao động')).toEqual(['vocational_training']);
    expect(idsIn('đào tạo nghề cho lao động nông thôn')).toEqual(['vocational_training']);
  });
  it('tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ', () => {
    expect(found('tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 30%')).toEqual([['trained_labour_rate', 'tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ']]);
  });
  it('tỷ lệ thất nghiệp khu vực thành thị', () => {
    expect(idsIn('tỷ lệ thất nghiệp khu vực thành thị dưới 3%')).toEqual(['unemployment_rate']);
  });
  it('tỷ lệ huy động học sinh so với dân số trong độ tuổi', () => {
    expect(idsIn('tỷ lệ huy động học sinh so với dân số trong độ tuổi: nhà trẻ đạt 28,5%')).toEqual(['school_enrollment_rate']);
  });
  it('trường đạt chuẩn quốc gia', () => {
    expect(idsIn('xây dựng 3 trường đạt chuẩn quốc gia')).toEqual(['national_standard_schools']);
  });
  it('tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng thể thấp còi', () => {
    expect(idsIn('tỷ lệ trẻ em dưới 5 tuổi suy dinh dưỡng')).toEqual(['child_malnutrition_rate']);
    expect(idsIn('suy dinh dưỡng thể thấp còi còn 12%')).toEqual(['child_malnutrition_rate']);
  });
  it('tỷ lệ dân số nông thôn sử dụng nước sạch', () => {
    expect(idsIn('tỷ lệ dân số nông thôn sử dụng nước sạch đạt 70%')).toEqual(['clean_water_rate']);
  });
  it('tỷ lệ che phủ rừng and tỷ lệ đô thị hóa', () => {
    expect(idsIn('tỷ lệ che phủ rừng 42%; tỷ lệ đô thị hóa 35%')).toEqual(['forest_cover', 'urbanization_rate']);
  });
  it('bình quân tiêu chí/xã', () => {
    expect(idsIn('bình quân đạt 17,5 tiêu chí/xã')).toEqual(['new_rural_criteria']);
  });
  it('tội phạm về trật tự xã hội beats tội phạm', () => {
    const [m] = findIndicatorMentions('tội phạm về trật tự xã hội tăng 7,4%');
    expect(m).toMatchObject({ id: 'crime' });
    expect(m?.weak).toBeUndefined();
  });
  it('phạm pháp hình sự is crime', () => {
    expect(idsIn('tình hình phạm pháp hình sự')).toEqual(['crime']);
  });
  it('tỷ lệ điều tra, khám phá án', () => {
    expect(idsIn('tỷ lệ điều tra, khám phá án đạt 85%')).toEqual(['crime_clearance_rate']);
  });
  it('khám phá alone is not a clearance rate', () => {
    expect(idsIn('khám phá du lịch miệt vườn')).toEqual([]);
  });
  it('tai nạn giao thông, người chết, người bị thương', () => {
    expect(idsIn('xảy ra 25 vụ tai nạn giao thông, làm 12 người chết, 20 người bị thương')).toEqual([
      'traffic_accidents',
      'traffic_deaths',
      'traffic_injuries',
    ]);
  });
  it('chỉ tiêu nghị quyết and chỉ tiêu chủ yếu', () => {
    expect(idsIn('có 34/43 chỉ tiêu nghị quyết đạt')).toEqual(['resolution_targets']);
    expect(idsIn('các chỉ tiêu chủ yếu năm 2024')).toEqual(['resolution_targets']);
  });
  it('phát triển đảng viên and đảng viên mới', () => {
    expect(idsIn('công tác phát triển đảng viên vượt chỉ tiêu')).toEqual(['new_party_members']);
    expect(idsIn('đạt 85/115 đảng viên mới')).toEqual(['new_party_members']);
  });
});

describe('indicator lexicon: gaps for a number inside the phrase', () => {
  it('xuất khẩu 28 lao động is labour export, with the gap over the number', () => {
    const text = 'xuất khẩu 28 lao động';
    const [m] = findIndicatorMentions(text);
    expect(m).toMatchObject({ id: 'labour_export', start: 0, end: text.length });
    expect(text.slice(m!.gap!.start, m!.gap!.end)).toBe('28');
  });
  it('xuất khẩu lao động without a number', () => {
    expect(idsIn('đẩy mạnh xuất khẩu lao động')).toEqual(['labour_export']);
  });
  it('xuất khẩu followed by money is export, weak', () => {
    const [m] = findIndicatorMentions('xuất khẩu đạt 500 triệu usd');
    expect(m).toMatchObject({ id: 'export_value', weak: true });
  });
  it('the gap does not cross a comma', () => {
    expect(idsIn('xuất khẩu, 28 lao động')).toEqual(['export_value']);
  });
  it('the gap takes a number with thousands separators', () => {
    expect(found('đưa 1.200 lao động đi làm việc ở nước ngoài')).toEqual([['labour_export', 'đưa 1.200 lao động đi làm việc ở nước ngoài']]);
  });
  it('kết nạp 60 đảng viên mới', () => {
    expect(found('kết nạp 60 đảng viên mới')).toEqual([['new_party_members', 'kết nạp 60 đảng viên mới']]);
  });
  it('a gap is at most four tokens', () => {
    expect(idsIn('xuất khẩu rất nhiều mặt hàng khác lao động')).toEqual(['export_value']);
  });
});

describe('indicator lexicon: unit hints and percentage variants', () => {
  it('lượt khách suggests tourist arrivals', () => {
    expect(indicatorForUnit('lượt khách')).toBe('tourist_arrivals');
  });
  it('bác sĩ/vạn dân suggests doctors per 10k whatever the spacing', () => {
    expect(indicatorForUnit('bác sĩ/vạn dân')).toBe('doctors_per_10k');
    expect(indicatorForUnit('bác sĩ / vạn dân')).toBe('doctors_per_10k');
  });
  it('giường bệnh/vạn dân, sản phẩm OCOP, đảng viên mới', () => {
    expect(indicatorForUnit('giường bệnh/vạn dân')).toBe('hospital_beds_per_10k');
    expect(indicatorForUnit('sản phẩm OCOP')).toBe('ocop_products');
    expect(indicatorForUnit('đảng viên mới')).toBe('new_party_members');
  });
  it('a plain đảng viên suggests nothing', () => {
    expect(indicatorForUnit('đảng viên')).toBeUndefined();
  });
  it('a count of poor households given in % is the poverty rate', () => {
    expect(percentVariantOf('poor_households')).toBe('poverty_rate');
    expect(percentVariantOf('grdp')).toBe('grdp_growth');
    expect(percentVariantOf('budget_revenue')).toBe('budget_revenue');
  });
});

describe('indicator lexicon: ids the project adds', () => {
  it('giá trị sản xuất trên 1 ha đất nông nghiệp is output per hectare, not farm output', () => {
    expect(idsIn('giá trị sản xuất trên 1 ha đất nông nghiệp đạt 200 triệu đồng')).toEqual(['output_value_per_ha']);
  });
  it('năng suất lúa and its unit tạ/ha', () => {
    expect(idsIn('năng suất lúa bình quân đạt 60 tạ/ha')).toEqual(['rice_yield']);
    expect(indicatorForUnit('tạ/ha')).toBe('rice_yield');
  });
  it('tai nạn lao động is not a traffic accident', () => {
    expect(idsIn('xảy ra 3 vụ tai nạn lao động')).not.toContain('traffic_accidents');
    expect(idsIn('số vụ tai nạn lao động')).toEqual(['work_accidents']);
  });
  it('thu hút dự án FDI is FDI, thu hút dự án is new projects', () => {
    expect(idsIn('thu hút 12 dự án fdi')).toEqual(['fdi']);
    expect(idsIn('thu hút 25 dự án đầu tư')).toEqual(['new_investment_projects']);
  });
  it('tỷ lệ tốt nghiệp THPT', () => {
    expect(idsIn('tỷ lệ tốt nghiệp thpt đạt 99,5%')).toEqual(['graduation_rate']);
  });
  it('nhà đại đoàn kết', () => {
    expect(idsIn('xây dựng 500 căn nhà đại đoàn kết')).toEqual(['charity_houses']);
  });
});

describe('indicator lexicon: phrasings from the dev corpus', () => {
  it('đưa 420 người đi làm việc ở nước ngoài is labour export', () => {
    expect(idsIn('đưa 420 người đi làm việc ở nước ngoài theo hợp đồng')).toEqual(['labour_export']);
  });
  it('vốn đầu tư thực hiện từ nguồn ngân sách nhà nước is public investment', () => {
    expect(idsIn('vốn đầu tư thực hiện từ nguồn ngân sách nhà nước đạt 672 ngàn tỷ đồng')).toEqual(['public_investment_disbursement']);
  });
  it('tiêu chí as a unit suggests the new-rural criteria', () => {
    expect(indicatorForUnit('tiêu chí')).toBe('new_rural_criteria');
  });
});
