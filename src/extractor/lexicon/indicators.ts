// The indicator lexicon: how Vietnamese provincial papers name each indicator of ../shared/spec/FIGURES.md.
// Data only. Phrases are lowercase and normalised (NFC, tone on the first vowel of a final oa/oe/uy).
// Shorthand inside a phrase: "{a|b|}" lists alternatives (an empty one drops the part), "…" is a gap of up to
// four tokens ("xuất khẩu … lao động" also matches "xuất khẩu 28 lao động"). Every phrase with "tỷ" also
// matches with "tỉ" and the other way round; the build adds the variant.

export type IndicatorGroup = 'economy' | 'society' | 'order';

export interface IndicatorEntry {
  readonly id: string;
  readonly group: IndicatorGroup;
  readonly label: { readonly vi: string; readonly en: string };
  /** Phrases that name the indicator on their own. */
  readonly phrases: readonly string[];
  /** Phrases that name it only loosely ("xuất khẩu", "tội phạm"): trust them when the figure's unit agrees. */
  readonly weakPhrases?: readonly string[];
  /** Units that alone suggest the indicator ("lượt khách", "bác sĩ/vạn dân"), as the unit is written. */
  readonly unitHints?: readonly string[];
  /** The id to use instead when the figure is a percentage (số hộ nghèo → tỷ lệ hộ nghèo). */
  readonly percentVariant?: string;
  /** Not in FIGURES.md: an id this project adds. */
  readonly added?: true;
}

const NTM = '{nông thôn mới|ntm}';
// Where Vietnamese workers go under contract, as papers name them instead of "nước ngoài".
const LABOUR_DESTINATIONS = '{nhật bản|hàn quốc|đài loan|malaysia|singapore|ả rập xê út|đức|úc|hungary|rumani|romania|ba lan|séc|trung đông|châu âu}';

export const INDICATORS: readonly IndicatorEntry[] = [
  // ── Economy ────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'grdp_growth',
    group: 'economy',
    label: { vi: 'Tốc độ tăng trưởng GRDP', en: 'GRDP growth' },
    phrases: [
      '{tốc độ |chỉ tiêu |mức |}tăng trưởng {grdp|gdp}',
      'tốc độ tăng trưởng kinh tế',
      '{tốc độ |}tăng trưởng tổng sản phẩm {trên địa bàn|trong tỉnh|trong nước|địa phương|}',
      'tốc độ tăng tổng sản phẩm {trên địa bàn|trong tỉnh|}',
      // Communes and districts say "tổng giá trị sản phẩm (trên địa bàn)" for their product.
      'tốc độ tăng {trưởng |}tổng giá trị sản phẩm {trên địa bàn|địa phương|}',
      // "tốc độ tăng GRDP bình quân giai đoạn 2025 - 2030 đạt 10 - 10,5%/năm": an average growth rate, not GRDP per head.
      'tốc độ tăng {grdp|gdp} {bình quân|}',
      'tăng trưởng kinh tế',
      'tốc độ tăng trưởng kinh tế bình quân',
      'kinh tế tăng trưởng',
      'nền kinh tế tăng trưởng',
      '{grdp|gdp} {ước |}tăng',
      '{grdp|gdp} tăng trưởng',
      'mức tăng trưởng kinh tế',
    ],
    weakPhrases: ['tốc độ tăng trưởng', 'tăng trưởng'],
  },
  {
    id: 'grdp',
    group: 'economy',
    label: { vi: 'Quy mô GRDP', en: 'GRDP (size of the economy)' },
    phrases: [
      'quy mô {grdp|gdp}',
      'quy mô {nền |}kinh tế',
      'tổng sản phẩm {trên địa bàn|trong tỉnh|địa phương|trên địa bàn tỉnh|trong nước}',
      'giá trị tổng sản phẩm {trên địa bàn|trong tỉnh|}',
      'tổng giá trị sản phẩm {trên địa bàn|địa phương}',
      // "phấn đấu tổng giá trị sản phẩm đạt hơn 4.000 tỷ đồng": the commune's product named bare before its verb.
      'tổng giá trị sản phẩm {đạt|ước đạt|tăng|bình quân}',
    ],
    weakPhrases: ['grdp', 'gdp'],
    percentVariant: 'grdp_growth',
  },
  {
    id: 'grdp_per_capita',
    group: 'economy',
    label: { vi: 'GRDP bình quân đầu người', en: 'GRDP per capita' },
    phrases: [
      '{grdp|gdp} bình quân đầu người',
      '{grdp|gdp} bình quân {/người|trên người|một người}',
      '{grdp|gdp} đầu người',
      '{grdp|gdp}/người',
      'bình quân {grdp|gdp} đầu người',
      '{grdp|gdp} bình quân',
      'tổng sản phẩm bình quân đầu người',
      'tổng sản phẩm {trên địa bàn |}bình quân đầu người',
    ],
  },
  {
    id: 'income_per_capita',
    group: 'economy',
    label: { vi: 'Thu nhập bình quân đầu người', en: 'Income per capita' },
    phrases: [
      'thu nhập bình quân đầu người',
      'thu nhập bình quân đầu người {khu vực nông thôn|ở nông thôn|ở khu vực nông thôn|của người dân|/năm|mỗi năm|một năm}',
      'thu nhập bình quân {/người|một người|của người dân|người dân|mỗi người|của dân cư}',
      'thu nhập bình quân',
      'thu nhập đầu người',
      'tnbqđn',
      'thu nhập bình quân đầu người của người dân {nông thôn|}',
      'thu nhập bình quân của người dân {nông thôn|}',
      'mức thu nhập bình quân',
    ],
    weakPhrases: ['thu nhập'],
  },
  {
    id: 'sector_share',
    group: 'economy',
    label: { vi: 'Tỷ trọng, cơ cấu khu vực kinh tế', en: 'Sector share of the economy' },
    phrases: [
      'tỷ trọng',
      'tỷ trọng {khu vực|ngành|các ngành|các khu vực}',
      'tỷ trọng {khu vực |ngành |}{công nghiệp|nông nghiệp|dịch vụ|thương mại|thương mại - dịch vụ|công nghiệp - xây dựng|nông, lâm, thủy sản|nông - lâm - thủy sản|nông lâm thủy sản|nông, lâm nghiệp và thủy sản}',
      // "Tỷ trọng khu vực công nghiệp - xây dựng trong GRDP … lên 61,4%": a share of the GRDP, not its growth.
      'tỷ trọng {khu vực |ngành |}{công nghiệp|nông nghiệp|dịch vụ|thương mại|thương mại - dịch vụ|công nghiệp - xây dựng|công nghiệp và xây dựng|nông, lâm, thủy sản|nông - lâm - thủy sản|nông lâm thủy sản|nông, lâm nghiệp và thủy sản} trong {grdp|gdp|tổng sản phẩm}',
      'cơ cấu kinh tế',
      'cơ cấu {các |}khu vực {kinh tế|}',
      'cơ cấu ngành {kinh tế|}',
      'chiếm tỷ trọng',
      'cơ cấu giá trị tăng thêm',
    ],
  },
  {
    id: 'industrial_production_index',
    group: 'economy',
    label: { vi: 'Chỉ số sản xuất công nghiệp (IIP)', en: 'Industrial production index (IIP)' },
    phrases: [
      'chỉ số sản xuất {toàn ngành |ngành |}công nghiệp',
      'chỉ số iip',
      'iip',
      // ("IIP toàn ngành công nghiệp giảm 13,82%": the index named, then the whole it covers.)
      'iip {toàn ngành |ngành |}công nghiệp',
      'chỉ số phát triển {ngành |}công nghiệp',
    ],
  },
  {
    id: 'industrial_output_value',
    group: 'economy',
    label: { vi: 'Giá trị sản xuất công nghiệp', en: 'Industrial output value' },
    phrases: [
      '{tổng |}giá trị sản xuất {ngành |các ngành |khu vực |}công nghiệp',
      '{tổng |}giá trị sản xuất {ngành |các ngành |khu vực |}công nghiệp {- xây dựng|- tiểu thủ công nghiệp|, tiểu thủ công nghiệp|- ttcn|và xây dựng|, xây dựng|- tiểu thủ công nghiệp và xây dựng}',
      'giá trị sản xuất {tiểu thủ công nghiệp|cn-ttcn|cn - ttcn|công nghiệp - ttcn}',
      'gtsx {công nghiệp|cn|ngành công nghiệp|cn-ttcn|công nghiệp - xây dựng|cn-xd}',
    ],
    weakPhrases: [
      'sản xuất công nghiệp',
      'ngành công nghiệp',
      'công nghiệp - tiểu thủ công nghiệp',
      'công nghiệp, tiểu thủ công nghiệp',
      'cn-ttcn',
      'khu vực công nghiệp - xây dựng',
      'công nghiệp - xây dựng',
    ],
  },
  {
    id: 'agricultural_output_value',
    group: 'economy',
    label: { vi: 'Giá trị sản xuất nông nghiệp', en: 'Agricultural output value' },
    phrases: [
      '{tổng |}giá trị sản xuất {ngành |}nông nghiệp',
      '{tổng |}giá trị sản xuất {ngành |}{nông, lâm, thủy sản|nông - lâm - thủy sản|nông lâm thủy sản|nông, lâm nghiệp và thủy sản|nông lâm nghiệp và thủy sản|nông, lâm nghiệp, thủy sản|nông, lâm và thủy sản|nông, lâm nghiệp - thủy sản|nông, lâm, ngư nghiệp|nông lâm ngư nghiệp|nông nghiệp, thủy sản|nông nghiệp - thủy sản|nông nghiệp và thủy sản|nông - lâm - ngư nghiệp|nông - ngư nghiệp|nông, ngư nghiệp|nông ngư nghiệp|nông - lâm nghiệp|nông, lâm nghiệp}',
      'gtsx {nông nghiệp|nn|nông, lâm, thủy sản|nông lâm thủy sản|ngành nông nghiệp}',
    ],
    weakPhrases: [
      'nông nghiệp tăng',
      'nông nghiệp giảm',
      'sản xuất nông nghiệp',
      'ngành nông nghiệp',
      'khu vực nông, lâm, thủy sản',
      'khu vực nông - lâm - thủy sản',
      'khu vực nông nghiệp',
    ],
  },
  {
    id: 'output_value_per_ha',
    group: 'economy',
    added: true,
    label: { vi: 'Giá trị sản xuất trên 1 ha đất nông nghiệp', en: 'Farm output value per hectare' },
    phrases: [
      'giá trị sản xuất {trên 1 ha|trên một ha|bình quân trên 1 ha|trên 1 héc ta|/ha|trên 01 ha|bình quân/ha|bình quân trên 01 ha} {đất |}{nông nghiệp|sản xuất nông nghiệp|canh tác|trồng trọt|đất nông nghiệp|đất canh tác|đất sản xuất nông nghiệp}',
      'giá trị sản xuất {trên 1 ha|trên một ha|/ha|trên đơn vị diện tích}',
      'giá trị thu hoạch {trên 1 ha|/ha|bình quân trên 1 ha}',
    ],
    unitHints: ['triệu đồng/ha', 'triệu đồng/ha/năm'],
  },
  {
    id: 'rice_yield',
    group: 'economy',
    added: true,
    label: { vi: 'Năng suất lúa', en: 'Rice yield' },
    phrases: ['năng suất lúa {bình quân|cả năm|đông xuân|hè thu|thu đông|}', 'năng suất bình quân {lúa|}'],
    weakPhrases: ['năng suất'],
    unitHints: ['tạ/ha', 'tấn/ha'],
  },
  {
    id: 'total_output_value',
    group: 'economy',
    label: { vi: 'Tổng giá trị sản xuất', en: 'Total output value' },
    phrases: [
      'tổng giá trị sản xuất',
      'tổng giá trị sản xuất {các ngành|trên địa bàn|toàn huyện|toàn thị xã|toàn thành phố|các ngành kinh tế|của các ngành}',
      'tổng gtsx',
      // "Giá trị sản xuất các ngành tăng trưởng 13-14%": every sector's output together, without "tổng".
      'giá trị sản xuất {các ngành|các ngành kinh tế|của các ngành}',
    ],
    weakPhrases: ['giá trị sản xuất', 'gtsx'],
  },
  {
    id: 'retail_sales',
    group: 'economy',
    label: { vi: 'Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ', en: 'Retail sales of goods and services' },
    phrases: [
      'tổng mức bán lẻ',
      'tổng mức bán lẻ hàng hóa',
      'tổng mức bán lẻ hàng hóa {và|,} doanh thu dịch vụ {tiêu dùng|}',
      'tổng mức bán lẻ hàng hóa và dịch vụ {tiêu dùng|}',
      'tổng mức bán lẻ hàng hóa {và |,} doanh thu dịch vụ tiêu dùng xã hội',
      '{tổng |}doanh thu bán lẻ hàng hóa {và dịch vụ|và doanh thu dịch vụ|}',
      '{tổng |}doanh thu bán lẻ',
      // The short topic once the full name has been given: "Thành phố cũng dẫn đầu về bán lẻ với 12.400 tỷ đồng".
      'về bán lẻ',
      'doanh thu hàng hóa {và |}dịch vụ',
      'doanh thu hàng hóa, dịch vụ',
      'tổng mức lưu chuyển hàng hóa {bán lẻ|và dịch vụ|}',
      'doanh thu {thương mại - dịch vụ|thương mại, dịch vụ|thương mại và dịch vụ|ngành thương mại - dịch vụ|dịch vụ tiêu dùng}',
      'doanh thu hàng hóa dịch vụ',
      // Short forms of monthly roundups: "với bán lẻ – dịch vụ tăng 16,4%", "bán lẻ hàng hóa và dịch vụ tăng 12%".
      'bán lẻ - dịch vụ',
      'bán lẻ hàng hóa {và|,} dịch vụ',
    ],
  },
  {
    id: 'export_value',
    group: 'economy',
    label: { vi: 'Kim ngạch xuất khẩu', en: 'Export value' },
    phrases: [
      '{tổng |}kim ngạch xuất khẩu {hàng hóa|}',
      'kim ngạch xk',
      'giá trị {hàng hóa |}xuất khẩu',
      'xuất khẩu hàng hóa',
      'kim ngạch hàng hóa xuất khẩu',
    ],
    // "Kim ngạch một số nhóm hàng chủ lực:" — trade value named alone is, in these papers, what a province sells.
    weakPhrases: ['xuất khẩu', 'kim ngạch'],
  },
  {
    id: 'import_value',
    group: 'economy',
    label: { vi: 'Kim ngạch nhập khẩu', en: 'Import value' },
    phrases: ['{tổng |}kim ngạch nhập khẩu {hàng hóa|}', 'kim ngạch nk', 'giá trị {hàng hóa |}nhập khẩu', 'nhập khẩu hàng hóa'],
    weakPhrases: ['nhập khẩu'],
  },
  {
    id: 'trade_value',
    group: 'economy',
    added: true,
    label: { vi: 'Kim ngạch xuất nhập khẩu', en: 'Exports plus imports' },
    phrases: ['{tổng |}kim ngạch xuất {nhập khẩu|, nhập khẩu|- nhập khẩu} {hàng hóa|}', 'kim ngạch xnk'],
    weakPhrases: ['xuất nhập khẩu', 'xuất, nhập khẩu'],
  },
  {
    id: 'budget_revenue',
    group: 'economy',
    label: { vi: 'Thu ngân sách', en: 'Budget revenue' },
    phrases: [
      '{tổng |}thu ngân sách',
      '{tổng |}thu ngân sách {nhà nước|địa phương|nhà nước trên địa bàn|trên địa bàn|huyện|tỉnh|xã|thành phố|thị xã|quận|năm}',
      '{tổng |}thu ngân sách {nhà nước |}trên địa bàn {tỉnh|huyện|thị xã|thành phố|quận}',
      '{tổng |}thu {nsnn|nsđp|ns}',
      '{tổng |}thu {nsnn|ngân sách nhà nước} trên địa bàn',
      '{tổng |}thu nội địa',
      '{tổng |}thu ngân sách nội địa',
      '{tổng |}thu ngân sách từ {khu vực |}kinh tế địa phương',
      '{tổng |}thu ngân sách {khu vực |}kinh tế địa phương',
      'thu từ {khu vực |}kinh tế địa phương',
      // Quảng Nam's papers count "thu phát sinh kinh tế": the revenue the local economy gives rise to.
      '{tổng |}thu {ngân sách |}phát sinh {kinh tế|từ kinh tế|trên địa bàn}',
      'nguồn thu ngân sách',
      'thu cân đối ngân sách {nhà nước|}',
      'thu ngân sách nhà nước {trên địa bàn |}{tỉnh|huyện|thị xã|thành phố}',
      'tổng thu ngân sách nhà nước',
      'thu {thuế|từ thuế} {, phí và lệ phí|, phí, lệ phí|}',
      'thu ngân sách địa phương',
      // "Dự toán thu năm 2026 là 50.700 tỷ đồng": the plan of revenue (revenue-plan-named).
      'dự toán thu',
      // A congress's target "Ngân sách trên địa bàn tăng bình quân 7%" speaks of the revenue raised there.
      'ngân sách trên địa bàn',
      // "Phê chuẩn quyết toán ngân sách năm 2022: tổng thu trên địa bàn đạt 10.912 tỷ đồng": the budget named in the clause
      // before, its total raised there (total-raised-locally).
      'tổng thu trên địa bàn {tỉnh|huyện|thị xã|thành phố|quận|}',
      // The revenue lines that make it up: "riêng thu tiền sử dụng đất chỉ đạt 38% dự toán".
      'thu tiền {sử dụng|thuê} đất',
      'thu {từ |}xổ số kiến thiết',
      'thu {từ |}{hoạt động |}xuất {nhập khẩu|, nhập khẩu|- nhập khẩu}',
      'thu {thuế |}{hải quan|xuất nhập khẩu qua hải quan}',
      'thu lệ phí trước bạ',
      // "Thu từ khu vực công thương nghiệp ngoài quốc doanh, … lần lượt đạt 112%, …": the revenue by the sector paying it
      // (revenue-by-paying-sector).
      'thu {từ |}{khu vực |}{công thương nghiệp |doanh nghiệp |kinh tế |}ngoài quốc doanh',
      'thu {từ |}{khu vực |}doanh nghiệp nhà nước {trung ương|địa phương|}',
    ],
    // "Một số khoản thu chiếm tỉ trọng lớn và có mức tăng khá, như: …": the lines of the revenue, named together.
    weakPhrases: ['khoản thu', 'các khoản thu'],
  },
  {
    id: 'budget_expenditure',
    group: 'economy',
    label: { vi: 'Chi ngân sách', en: 'Budget expenditure' },
    phrases: [
      '{tổng |}chi ngân sách',
      '{tổng |}chi ngân sách {nhà nước|địa phương|huyện|tỉnh|xã|thành phố|thị xã|quận|năm}',
      '{tổng |}chi {nsnn|nsđp|ns}',
      'chi cân đối ngân sách {địa phương|}',
      // The lines of a budget: "Chi đầu tư phát triển | 4.210", "Chi trả nợ lãi | 18".
      'chi trả nợ {lãi|gốc|lãi vay|}',
      'tổng chi ngân sách nhà nước {địa phương|}',
      // "Ngân sách chi cho giáo dục năm 2024 là 34.500 tỷ đồng".
      'ngân sách {nhà nước |}chi cho',
    ],
    weakPhrases: ['chi đầu tư phát triển', 'chi thường xuyên'],
  },
  {
    id: 'social_investment',
    group: 'economy',
    label: { vi: 'Vốn đầu tư toàn xã hội', en: 'Total social investment' },
    phrases: [
      '{tổng |}vốn đầu tư {phát triển |}toàn xã hội',
      'huy động {tổng |}vốn đầu tư {phát triển |}toàn xã hội',
      '{tổng |}vốn đầu tư {phát triển |}xã hội',
      '{tổng |}đầu tư toàn xã hội',
      'tổng vốn đầu tư {thực hiện |}trên địa bàn',
      'thực hiện vốn đầu tư phát triển',
    ],
    // A project's "tổng vốn đầu tư" is its own capital, not the province's investment.
    weakPhrases: ['tổng vốn đầu tư', 'vốn đầu tư', 'vốn đầu tư phát triển', 'vốn đầu tư thực hiện', 'thực hiện vốn đầu tư'],
  },
  {
    id: 'public_investment_disbursement',
    group: 'economy',
    label: { vi: 'Giải ngân vốn đầu tư công', en: 'Public investment disbursement' },
    phrases: [
      '{tỷ lệ |kết quả |tiến độ |}giải ngân {kế hoạch |}vốn đầu tư công',
      '{tỷ lệ |kết quả |tiến độ |}giải ngân {các nguồn |}vốn đầu tư {công|xây dựng cơ bản}',
      '{tỷ lệ |}giải ngân {vốn |}xây dựng cơ bản',
      '{tỷ lệ |}giải ngân đầu tư công',
      'tỷ lệ giải ngân',
      'giải ngân vốn đầu tư',
      'vốn đầu tư {thực hiện |}từ nguồn ngân sách nhà nước',
      'vốn đầu tư công {thực hiện|}',
      'vốn đầu tư {thuộc |}ngân sách nhà nước {thực hiện|}',
    ],
    // "giải ngân" alone is also a bank lending out a loan.
    weakPhrases: ['đầu tư công', 'giải ngân', 'giải ngân vốn', 'giải ngân được', 'kế hoạch vốn'],
  },
  {
    id: 'fdi',
    group: 'economy',
    label: { vi: 'Vốn đầu tư trực tiếp nước ngoài (FDI)', en: 'Foreign direct investment (FDI)' },
    phrases: [
      '{tổng |thu hút |}vốn fdi',
      'fdi',
      '{thu hút |tổng |}{vốn |}đầu tư trực tiếp {của |}nước ngoài',
      'thu hút fdi',
      'dự án fdi',
      '{thu hút |tổng |}{vốn |}đầu tư nước ngoài',
      'dự án {có vốn |}đầu tư {trực tiếp |}nước ngoài',
      '{thu hút|cấp mới|cấp phép} … dự án {fdi|có vốn đầu tư nước ngoài|đầu tư nước ngoài|đầu tư trực tiếp nước ngoài}',
    ],
  },
  {
    id: 'new_investment_projects',
    group: 'economy',
    added: true,
    label: { vi: 'Dự án đầu tư mới được thu hút', en: 'New investment projects' },
    phrases: [
      '{thu hút|cấp mới|chấp thuận chủ trương đầu tư cho|cấp giấy chứng nhận đăng ký đầu tư cho} … dự án {đầu tư|}',
      'dự án đầu tư mới',
      'dự án được {cấp mới|cấp phép|chấp thuận chủ trương đầu tư}',
    ],
  },
  {
    id: 'domestic_investment',
    group: 'economy',
    added: true,
    label: { vi: 'Vốn đầu tư trong nước (DDI)', en: 'Domestic direct investment' },
    phrases: ['{thu hút |}{vốn |dự án |}đầu tư trong nước', 'ddi', 'vốn ddi', 'dự án ddi', '{dự án |}vốn trong nước'],
  },
  {
    id: 'new_enterprises',
    group: 'economy',
    label: { vi: 'Doanh nghiệp thành lập mới', en: 'Newly registered enterprises' },
    phrases: [
      '{số |}doanh nghiệp {được |}{đăng ký |}thành lập mới',
      '{số |}doanh nghiệp đăng ký mới',
      '{số |}dn {đăng ký |}thành lập mới',
      'thành lập mới … {doanh nghiệp|dn}',
      'đăng ký thành lập mới … doanh nghiệp',
      'đăng ký thành lập mới',
      'thành lập mới doanh nghiệp',
      'phát triển {mới|thêm} … doanh nghiệp',
      'doanh nghiệp mới',
      'doanh nghiệp thành lập',
      // "cấp giấy chứng nhận đăng ký kinh doanh cho 420 doanh nghiệp": firms given their registration certificate
      // (registration-certificates-firms).
      'cấp {mới |}giấy chứng nhận đăng ký {kinh doanh|doanh nghiệp} … doanh nghiệp',
    ],
    weakPhrases: ['thành lập mới', 'đăng ký mới', 'đơn vị đăng ký mới', 'số dn'],
    unitHints: ['doanh nghiệp thành lập mới', 'doanh nghiệp đăng ký thành lập mới', 'doanh nghiệp mới'],
  },
  {
    id: 'new_cooperatives',
    group: 'economy',
    added: true,
    label: { vi: 'Hợp tác xã thành lập mới', en: 'Newly founded cooperatives' },
    phrases: ['{hợp tác xã|htx} {được |}thành lập mới', 'thành lập mới … {hợp tác xã|htx}', 'phát triển mới … {hợp tác xã|htx}'],
  },
  {
    id: 'tourist_arrivals',
    group: 'economy',
    label: { vi: 'Lượt khách du lịch', en: 'Tourist arrivals' },
    phrases: [
      '{tổng |}lượt khách {du lịch|tham quan|đến tham quan|tham quan, du lịch|}',
      '{tổng |}lượng khách {du lịch|tham quan|}',
      'lượt du khách',
      '{đón|thu hút|phục vụ|đón tiếp} … lượt khách',
      '{đón|thu hút|phục vụ|đón tiếp} … lượt {du khách|khách du lịch|khách tham quan}',
      'khách du lịch',
      'khách tham quan',
      '{lượt |}khách lưu trú',
      '{lượt |lượng |}khách {nội địa|trong nước|du lịch nội địa}',
    ],
    weakPhrases: ['du khách'],
    unitHints: ['lượt khách', 'lượt khách du lịch', 'lượt du khách', 'lượt khách tham quan', 'lượt người'],
  },
  {
    id: 'international_tourist_arrivals',
    group: 'economy',
    label: { vi: 'Lượt khách du lịch quốc tế', en: 'International tourist arrivals' },
    phrases: [
      '{lượt |lượng |}khách {du lịch |}{quốc tế|nước ngoài}',
      '{lượt |lượng |}du khách {quốc tế|nước ngoài}',
      '{đón|thu hút|phục vụ|đón tiếp} … lượt khách {du lịch |}{quốc tế|nước ngoài}',
      'khách quốc tế đến',
    ],
    unitHints: ['lượt khách quốc tế', 'lượt khách nước ngoài', 'lượt khách du lịch quốc tế'],
  },
  {
    id: 'tourism_revenue',
    group: 'economy',
    label: { vi: 'Doanh thu du lịch', en: 'Tourism revenue' },
    phrases: [
      '{tổng |}doanh thu {từ |}du lịch',
      '{tổng |}doanh thu {từ hoạt động du lịch|ngành du lịch|lĩnh vực du lịch|từ lĩnh vực du lịch|dịch vụ du lịch|du lịch lữ hành|từ khách du lịch}',
      // "doanh thu từ các khu du lịch 840,6 tỷ đồng": what the resorts and sights take.
      '{tổng |}doanh thu {từ |}{các |}{khu|điểm|khu, điểm|khu điểm} du lịch',
      '{tổng |}doanh thu {dịch vụ |}lưu trú{,| và} du lịch',
      'tổng thu {từ |}du lịch',
      'tổng thu từ khách du lịch',
      'thu từ {hoạt động |}du lịch',
      // "đón 3,8 triệu lượt khách, doanh thu 4.150 tỷ đồng": the revenue named right after the visitors is theirs.
      'lượt khách {du lịch |}{,|và} {tổng |}doanh thu',
      // "đón trên 170.000 lượt khách, ước đạt doanh thu trên 60 tỷ đồng": so with the verb of the revenue between.
      'lượt khách {du lịch |}{,|và} {ước |}{đạt|thu|thu về|mang lại} {tổng |}doanh thu',
      // "Doanh thu bán vé tham quan đạt 612 tỷ đồng": what sights take from their visitors, as their visitors are the
      // place's tourist arrivals.
      '{tổng |}doanh thu {từ |}{bán |}vé tham quan',
    ],
  },
  {
    id: 'cpi',
    group: 'economy',
    label: { vi: 'Chỉ số giá tiêu dùng (CPI)', en: 'Consumer price index (CPI)' },
    // ("Chỉ số giá nhóm lương thực tăng 5,12%": a CPI group named by its price index; price-index-of-a-group.)
    phrases: ['chỉ số giá tiêu dùng {bình quân|}', 'chỉ số cpi', 'cpi {bình quân|}', 'chỉ số giá nhóm'],
    weakPhrases: ['lạm phát'],
  },
  {
    id: 'pci',
    group: 'economy',
    label: { vi: 'Chỉ số năng lực cạnh tranh cấp tỉnh (PCI)', en: 'Provincial competitiveness index (PCI)' },
    phrases: ['{chỉ số |}năng lực cạnh tranh cấp tỉnh', 'chỉ số pci', 'pci', 'chỉ số năng lực cạnh tranh'],
  },
  {
    id: 'dci',
    group: 'economy',
    added: true,
    label: { vi: 'Chỉ số năng lực cạnh tranh cấp sở, ngành, địa phương (DCI)', en: 'Department and district competitiveness index (DCI)' },
    phrases: ['chỉ số dci', 'dci', 'chỉ số năng lực cạnh tranh cấp {sở, ngành|sở, ban, ngành|huyện|sở, ban, ngành và địa phương|sở, ngành và địa phương}'],
  },
  {
    id: 'papi',
    group: 'economy',
    label: { vi: 'Chỉ số hiệu quả quản trị và hành chính công (PAPI)', en: 'Governance and public administration index (PAPI)' },
    phrases: ['chỉ số hiệu quả quản trị và hành chính công {cấp tỉnh|}', 'chỉ số papi', 'papi'],
  },
  {
    id: 'par_index',
    group: 'economy',
    label: { vi: 'Chỉ số cải cách hành chính (PAR Index)', en: 'Public administration reform index (PAR Index)' },
    phrases: ['chỉ số cải cách hành chính {cấp tỉnh|}', 'chỉ số cchc', 'par index', 'chỉ số par index', 'chỉ số par'],
  },
  {
    id: 'dti',
    group: 'economy',
    added: true,
    label: { vi: 'Chỉ số chuyển đổi số (DTI)', en: 'Digital transformation index (DTI)' },
    phrases: ['chỉ số dti', 'dti', 'giá trị dti', 'chỉ số chuyển đổi số {cấp tỉnh|}', 'chỉ số đánh giá chuyển đổi số {cấp tỉnh|}'],
  },
  {
    id: 'sipas',
    group: 'economy',
    added: true,
    label: { vi: 'Chỉ số hài lòng về sự phục vụ hành chính (SIPAS)', en: 'Satisfaction with public administrative services (SIPAS)' },
    phrases: ['chỉ số sipas', 'sipas', 'chỉ số hài lòng {của người dân|về sự phục vụ hành chính|của người dân, tổ chức|}', 'mức độ hài lòng {của người dân|của người dân, doanh nghiệp|}'],
  },
  {
    id: 'crop_area',
    group: 'economy',
    label: { vi: 'Diện tích gieo trồng, xuống giống', en: 'Sown area' },
    phrases: [
      '{tổng |}diện tích {gieo trồng|xuống giống|gieo cấy|gieo sạ|canh tác|cây trồng}',
      '{tổng |}diện tích {gieo trồng|xuống giống|gieo sạ} lúa',
      'diện tích {lúa|trồng lúa|cây lâu năm|cây hàng năm|cây ăn trái|cây ăn quả|rau màu|hoa màu|trồng mới}',
      '{gieo trồng|xuống giống|gieo sạ|gieo cấy} {lúa|}',
      // "Vụ lúa mùa năm 2022 toàn tỉnh cấy 75.200 ha": the northern word for setting out rice (transplanted-area).
      'cấy {lúa|được|}',
    ],
    weakPhrases: ['diện tích trồng', 'diện tích thu hoạch', 'diện tích'],
  },
  {
    id: 'rice_output',
    group: 'economy',
    label: { vi: 'Sản lượng lúa', en: 'Rice output' },
    // "Sản lượng cả vụ", "sản lượng vụ Hè Thu": a season's output is rice.
    phrases: ['{tổng |}sản lượng {lúa|thóc|lúa gạo}', 'sản lượng lúa {cả năm|đông xuân|hè thu|thu đông|}',
      '{tổng |}sản lượng {cả vụ|vụ đông xuân|vụ hè thu|vụ thu đông|vụ mùa|vụ lúa}'],
  },
  {
    id: 'food_output',
    group: 'economy',
    label: { vi: 'Sản lượng lương thực', en: 'Food-grain output' },
    phrases: ['{tổng |}sản lượng lương thực {có hạt|}', 'lương thực có hạt'],
  },
  {
    id: 'aquaculture_output',
    group: 'economy',
    label: { vi: 'Sản lượng thủy sản', en: 'Fishery and aquaculture output' },
    phrases: [
      '{tổng |}sản lượng {thủy sản|thủy, hải sản|thủy hải sản|hải sản|nuôi trồng|khai thác|tôm|cá}',
      // ("sản lượng đánh bắt thủy sản quý I đạt 3.150 tấn": the catch, as "khai thác" names it.)
      '{tổng |}sản lượng {nuôi trồng|khai thác|đánh bắt} {thủy sản|hải sản|thủy, hải sản}',
      'sản lượng thủy sản {nuôi trồng|khai thác|đánh bắt|nuôi}',
      // "thủy sản nuôi trồng 120.000 tấn; khai thác 60.500 tấn".
      'thủy sản {nuôi trồng|khai thác}',
      // "Thủy sản đạt 249.762 tấn": the sector named alone as the subject of its tonnage ("Thủy sản đông lạnh" is a
      // factory product: lexicon/words-against.ts).
      'thủy sản {đạt|ước đạt|ước tính đạt}',
    ],
    weakPhrases: ['nuôi trồng thủy sản'],
  },
  {
    id: 'livestock_herd',
    group: 'economy',
    added: true,
    label: { vi: 'Tổng đàn gia súc, gia cầm', en: 'Livestock herd' },
    phrases: ['tổng đàn {gia súc|gia cầm|heo|lợn|bò|trâu|trâu, bò|trâu bò|dê|vật nuôi|}', 'đàn {gia súc|gia cầm|heo|lợn|bò|trâu|trâu, bò|dê|vật nuôi}'],
  },
  {
    id: 'industrial_park_occupancy',
    group: 'economy',
    added: true,
    label: { vi: 'Tỷ lệ lấp đầy khu, cụm công nghiệp', en: 'Industrial park occupancy' },
    phrases: ['tỷ lệ lấp đầy {các |}{khu công nghiệp|kcn|cụm công nghiệp|ccn|khu, cụm công nghiệp|}'],
    weakPhrases: ['lấp đầy'],
  },

  // ── Society ────────────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'poverty_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ hộ nghèo', en: 'Poverty rate' },
    phrases: [
      'tỷ lệ {hộ |}nghèo',
      'tỷ lệ {hộ |}nghèo {đa chiều|chung|bình quân|theo chuẩn nghèo đa chiều|theo chuẩn mới|dân tộc thiểu số|trong đồng bào dân tộc thiểu số|khmer|đồng bào khmer}',
      'tỷ lệ giảm nghèo',
      'tỷ lệ hộ nghèo đa chiều',
      'giảm tỷ lệ {hộ |}nghèo',
    ],
    weakPhrases: ['giảm nghèo'],
  },
  {
    id: 'near_poverty_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ hộ cận nghèo', en: 'Near-poverty rate' },
    phrases: ['tỷ lệ {hộ |}cận nghèo', 'tỷ lệ {hộ |}cận nghèo {đa chiều|chung}'],
  },
  {
    id: 'near_poor_households',
    group: 'society',
    added: true,
    label: { vi: 'Số hộ cận nghèo', en: 'Near-poor households' },
    phrases: ['{số |tổng số |}hộ cận nghèo'],
    unitHints: ['hộ cận nghèo'],
    percentVariant: 'near_poverty_rate',
  },
  {
    id: 'poor_households',
    group: 'society',
    label: { vi: 'Số hộ nghèo', en: 'Poor households' },
    phrases: ['{số |tổng số |}hộ nghèo', '{số |}hộ nghèo {đa chiều|theo chuẩn nghèo đa chiều|còn lại}'],
    unitHints: ['hộ nghèo'],
    percentVariant: 'poverty_rate',
  },
  {
    id: 'households_out_of_poverty',
    group: 'society',
    label: { vi: 'Số hộ thoát nghèo', en: 'Households lifted out of poverty' },
    phrases: [
      '{số |}hộ thoát nghèo {bền vững|}',
      'thoát nghèo',
      'hộ vượt chuẩn nghèo',
      '{giúp|hỗ trợ} … hộ thoát nghèo',
      '{giảm|kéo giảm} … hộ nghèo',
    ],
    unitHints: ['hộ thoát nghèo'],
    percentVariant: 'poverty_rate',
  },
  {
    id: 'health_insurance_coverage',
    group: 'society',
    label: { vi: 'Tỷ lệ tham gia bảo hiểm y tế', en: 'Health insurance coverage' },
    phrases: [
      '{bảo hiểm y tế|bhyt}',
      '{tỷ lệ |}{người dân |dân số |người |}tham gia {bảo hiểm y tế|bhyt}',
      '{tỷ lệ |}bao phủ {bảo hiểm y tế|bhyt}',
      'thẻ {bảo hiểm y tế|bhyt}',
      '{bảo hiểm y tế|bhyt} toàn dân',
      'tỷ lệ {dân số|người dân} có thẻ {bảo hiểm y tế|bhyt}',
    ],
  },
  {
    id: 'social_insurance_coverage',
    group: 'society',
    label: { vi: 'Tỷ lệ tham gia bảo hiểm xã hội', en: 'Social insurance coverage' },
    phrases: [
      '{bảo hiểm xã hội|bhxh}',
      '{bảo hiểm xã hội|bhxh} {tự nguyện|bắt buộc}',
      '{tỷ lệ |}{người |lao động |lực lượng lao động |lực lượng lao động trong độ tuổi |}tham gia {bảo hiểm xã hội|bhxh} {tự nguyện|bắt buộc|}',
      '{tỷ lệ |}bao phủ {bảo hiểm xã hội|bhxh}',
    ],
  },
  {
    id: 'unemployment_insurance_coverage',
    group: 'society',
    added: true,
    label: { vi: 'Tỷ lệ tham gia bảo hiểm thất nghiệp', en: 'Unemployment insurance coverage' },
    phrases: ['{tỷ lệ |}{người |lao động |}{tham gia |}{bảo hiểm thất nghiệp|bhtn}'],
  },
  {
    id: 'jobs_created',
    group: 'society',
    label: { vi: 'Giải quyết việc làm', en: 'Jobs provided' },
    phrases: [
      'giải quyết việc làm',
      'giải quyết việc làm cho',
      '{số |}lao động được giải quyết việc làm',
      'tạo việc làm {cho|}',
      'giải quyết {và tạo|, tạo} việc làm {cho|}',
      'giới thiệu việc làm {cho|}',
      'tư vấn, giới thiệu việc làm {cho|}',
    ],
    weakPhrases: ['việc làm'],
  },
  {
    id: 'new_jobs',
    group: 'society',
    label: { vi: 'Tạo việc làm mới', en: 'New jobs' },
    phrases: ['{tạo |giải quyết |}việc làm mới {cho|}', 'tạo mới việc làm', 'việc làm tăng thêm', 'lao động có việc làm mới', 'tạo thêm việc làm mới'],
  },
  {
    id: 'labour_export',
    group: 'society',
    label: { vi: 'Xuất khẩu lao động', en: 'Workers sent abroad' },
    phrases: [
      '{đi |}xuất khẩu lao động',
      'xklđ',
      'lao động xuất khẩu',
      'xuất khẩu … lao động',
      'đưa {người |}lao động đi làm việc {ở |tại |}nước ngoài {theo hợp đồng|}',
      'đưa … {lao động|người|người lao động|lượt người|lượt lao động} đi làm việc {ở |tại |}nước ngoài {theo hợp đồng|}',
      'đưa … {lao động|người lao động} đi {xuất khẩu lao động|làm việc có thời hạn ở nước ngoài}',
      // ("Đưa 1.706 lao động làm việc ở nước ngoài": a headline drops the "đi".)
      'đưa … {lao động|người|người lao động} làm việc {ở |tại }nước ngoài {theo hợp đồng|}',
      '{người |}lao động đi làm việc {ở |tại |}nước ngoài {theo hợp đồng|}',
      'lao động đi làm việc có thời hạn ở nước ngoài',
      // "trong đó 86 người đi làm việc ở nước ngoài theo hợp đồng": the phrase after the count.
      'đi làm việc {ở |tại |}nước ngoài {theo hợp đồng|}',
      // "trong đó có 25 người đi làm việc ở Nhật Bản, Hàn Quốc": the countries that take most workers, named instead.
      `đi làm việc {có thời hạn |}{ở|tại} ${LABOUR_DESTINATIONS}`,
      // "đưa 9.580 người đi làm việc có thời hạn ở nước ngoài", "số lao động xuất cảnh cao nhất".
      'đi làm việc có thời hạn {ở |tại |}nước ngoài {theo hợp đồng|}',
      '{người |}lao động xuất cảnh',
    ],
  },
  {
    id: 'vocational_training',
    group: 'society',
    label: { vi: 'Dạy nghề, đào tạo nghề', en: 'Vocational training' },
    phrases: [
      '{dạy nghề|đào tạo nghề} {cho|}',
      'đào tạo nghề cho lao động nông thôn',
      'đào tạo nghề nghiệp',
      '{tuyển sinh|tuyển mới} {đào tạo nghề|học nghề|giáo dục nghề nghiệp|, đào tạo nghề|đào tạo}',
      'học nghề',
      'đào tạo, dạy nghề',
      '{dạy nghề|đào tạo nghề} {cho |}… lao động',
    ],
    weakPhrases: ['giáo dục nghề nghiệp'],
  },
  {
    id: 'trained_labour_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ lao động qua đào tạo', en: 'Share of trained workers' },
    phrases: [
      // ("Tỷ trọng lao động qua đào tạo chiếm 82%": a share of the workforce, not of the economy.)
      '{tỷ lệ |tỷ trọng |}lao động {đã |}qua đào tạo {nghề|}',
      '{tỷ lệ |}lao động {đã |}qua đào tạo có {bằng cấp, chứng chỉ|văn bằng, chứng chỉ|bằng cấp|chứng chỉ|văn bằng|bằng cấp chứng chỉ}',
      'tỷ lệ lao động có {bằng cấp, chứng chỉ|văn bằng, chứng chỉ}',
      'tỷ lệ qua đào tạo',
      'tỷ lệ lao động được đào tạo',
    ],
  },
  {
    id: 'unemployment_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ thất nghiệp', en: 'Unemployment rate' },
    phrases: ['tỷ lệ {lao động |}thất nghiệp', 'tỷ lệ thất nghiệp {ở |}{khu vực |}thành thị', 'tỷ lệ thất nghiệp {chung|của lực lượng lao động trong độ tuổi}'],
    weakPhrases: ['thất nghiệp'],
  },
  {
    id: 'school_enrollment_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ huy động trẻ, học sinh đến trường', en: 'School enrolment rate' },
    phrases: [
      '{tỷ lệ |}huy động {trẻ|trẻ em|học sinh|cháu}',
      '{tỷ lệ |}huy động {trẻ|trẻ em|học sinh|cháu} {ra lớp|đến trường|đi học|vào lớp 1|vào lớp 6|mẫu giáo|nhà trẻ|5 tuổi|trong độ tuổi|so với dân số trong độ tuổi}',
      'tỷ lệ {trẻ|trẻ em|học sinh} {đến trường|ra lớp|đi học|đi học đúng độ tuổi|trong độ tuổi đi học}',
      'tỷ lệ {trẻ|trẻ em} 5 tuổi ra lớp',
      'tỷ lệ đi học đúng độ tuổi',
      // "tỷ lệ học sinh tiểu học đi học đúng độ tuổi đạt 99,8%, trung học cơ sở đạt 96,3%".
      'tỷ lệ {trẻ|trẻ em|học sinh} {mầm non|mẫu giáo|tiểu học|trung học cơ sở|thcs|trung học phổ thông|thpt} {đến trường|ra lớp|đi học|đi học đúng độ tuổi}',
      'tỷ lệ huy động',
      // Passive, after the figure: "100% trẻ 5 tuổi được huy động ra lớp".
      'được huy động {ra lớp|đến trường|đi học|vào lớp 1|vào lớp 6}',
      // After the figure, with the age: "100% trẻ 6 tuổi vào lớp 1" (children-entering-first-grade).
      '{trẻ|trẻ em} 6 tuổi {vào|vào học|vào học lớp|được vào} lớp 1',
    ],
  },
  {
    id: 'national_standard_schools',
    group: 'society',
    label: { vi: 'Trường đạt chuẩn quốc gia', en: 'Schools meeting the national standard' },
    phrases: [
      '{tỷ lệ |số |}trường {học |công lập |mầm non |mẫu giáo |tiểu học |thcs |thpt |các cấp |học các cấp |học công lập |}đạt chuẩn quốc gia',
      'trường {học |công lập |}đạt chuẩn {qg|quốc gia mức độ 1|quốc gia mức độ 2|quốc gia mức độ i|quốc gia mức độ ii}',
      'trường chuẩn quốc gia',
      'trường {học |}đạt chuẩn',
      // Passive, after the count: "có thêm 2 trường được công nhận đạt chuẩn quốc gia".
      'trường {học |}được công nhận {đạt |}chuẩn quốc gia',
      // The short form a paper uses once the full name has been given: "tỷ lệ trường chuẩn cao nhất".
      '{tỷ lệ |số |}trường chuẩn',
    ],
    unitHints: ['trường đạt chuẩn quốc gia', 'trường học đạt chuẩn quốc gia', 'trường chuẩn quốc gia'],
  },
  {
    id: 'doctors_per_10k',
    group: 'society',
    label: { vi: 'Số bác sĩ trên vạn dân', en: 'Doctors per 10,000 people' },
    phrases: [
      '{số |tỷ lệ |}{bác sĩ|bs}{/| trên }{vạn|1 vạn|một vạn|10.000|10 nghìn|10 ngàn} dân',
      '{số |}bác sĩ {trên|/} {vạn|1 vạn|10.000} {dân|người dân}',
    ],
    unitHints: ['bác sĩ/vạn dân', 'bác sĩ/1 vạn dân', 'bác sĩ trên vạn dân', 'bác sĩ trên 1 vạn dân', 'bác sĩ/10.000 dân', 'bác sĩ trên 10.000 dân'],
  },
  {
    id: 'hospital_beds_per_10k',
    group: 'society',
    label: { vi: 'Số giường bệnh trên vạn dân', en: 'Hospital beds per 10,000 people' },
    phrases: [
      '{số |tỷ lệ |}giường bệnh{/| trên }{vạn|1 vạn|một vạn|10.000|10 nghìn|10 ngàn} dân',
      '{số |}giường bệnh {trên|/} {vạn|1 vạn|10.000} {dân|người dân}',
    ],
    weakPhrases: ['số giường bệnh', 'giường bệnh'],
    unitHints: ['giường bệnh/vạn dân', 'giường bệnh/1 vạn dân', 'giường bệnh trên vạn dân', 'giường bệnh trên 1 vạn dân', 'giường bệnh/10.000 dân'],
  },
  {
    id: 'child_malnutrition_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ trẻ em suy dinh dưỡng', en: 'Child malnutrition rate' },
    phrases: [
      'tỷ lệ suy dinh dưỡng',
      'tỷ lệ {trẻ|trẻ em} {dưới 5 tuổi |dưới 6 tuổi |}{bị |}suy dinh dưỡng',
      'tỷ lệ suy dinh dưỡng {ở |}{trẻ|trẻ em} {dưới 5 tuổi|dưới 6 tuổi|}',
      '{tỷ lệ |}{trẻ em |trẻ |}suy dinh dưỡng {thể thấp còi|thể nhẹ cân|thể gầy còm|thấp còi|nhẹ cân}',
      'suy dinh dưỡng',
    ],
  },
  {
    id: 'clean_water_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ dân số sử dụng nước sạch', en: 'Access to clean water' },
    phrases: [
      'tỷ lệ {hộ|hộ dân|dân số|dân cư|người dân|hộ gia đình} {nông thôn |đô thị |thành thị |}{được |}{sử dụng|cung cấp|dùng} nước {sạch|hợp vệ sinh|sinh hoạt hợp vệ sinh|sạch theo quy chuẩn|sạch đạt quy chuẩn}',
      '{sử dụng |}nước {sạch|hợp vệ sinh|sinh hoạt hợp vệ sinh}',
      'nước sạch {theo quy chuẩn|đạt quy chuẩn|tập trung|nông thôn}',
      'tỷ lệ {hộ |dân số |}{được |}cấp nước sạch',
    ],
  },
  {
    id: 'electricity_access_rate',
    group: 'society',
    added: true,
    label: { vi: 'Tỷ lệ hộ sử dụng điện', en: 'Households with electricity' },
    phrases: ['tỷ lệ {hộ|hộ dân|hộ gia đình} {được |}sử dụng điện {lưới quốc gia|an toàn|}', 'hộ sử dụng điện {lưới quốc gia|an toàn|}'],
  },
  {
    id: 'waste_collection_rate',
    group: 'society',
    added: true,
    label: { vi: 'Tỷ lệ thu gom, xử lý chất thải rắn', en: 'Solid waste collection rate' },
    phrases: [
      'tỷ lệ {thu gom|thu gom, xử lý|thu gom và xử lý} {rác thải|chất thải rắn|chất thải rắn sinh hoạt|rác thải sinh hoạt}',
      'tỷ lệ {rác thải|chất thải rắn|chất thải rắn sinh hoạt} {đô thị |}được thu gom {, xử lý|và xử lý|}',
    ],
  },
  {
    id: 'graduation_rate',
    group: 'society',
    added: true,
    label: { vi: 'Tỷ lệ tốt nghiệp THPT', en: 'Upper-secondary graduation rate' },
    phrases: [
      'tỷ lệ {học sinh |}tốt nghiệp {thpt|trung học phổ thông|trung học cơ sở|thcs}',
      'tỷ lệ {học sinh |}tốt nghiệp',
      '{học sinh |}tốt nghiệp {thpt|trung học phổ thông}',
    ],
  },
  {
    id: 'immunization_rate',
    group: 'society',
    added: true,
    label: { vi: 'Tỷ lệ tiêm chủng đầy đủ', en: 'Full immunisation rate' },
    phrases: ['tỷ lệ {trẻ em |trẻ |trẻ em dưới 1 tuổi |trẻ dưới 1 tuổi |}{được |}tiêm chủng {đầy đủ|mở rộng|}', 'tiêm chủng {đầy đủ|mở rộng}'],
  },
  {
    id: 'health_standard_communes',
    group: 'society',
    added: true,
    label: { vi: 'Xã đạt bộ tiêu chí quốc gia về y tế', en: 'Communes meeting the national health standard' },
    phrases: [
      '{tỷ lệ |số |}xã {, phường, thị trấn |}đạt {bộ |}tiêu chí quốc gia về y tế',
      '{tỷ lệ |số |}xã đạt chuẩn quốc gia về y tế',
      'trạm y tế đạt chuẩn quốc gia',
    ],
  },
  {
    id: 'population_growth_rate',
    group: 'society',
    added: true,
    label: { vi: 'Tỷ lệ tăng dân số tự nhiên', en: 'Natural population growth rate' },
    phrases: ['tỷ lệ tăng dân số {tự nhiên|}', 'tốc độ tăng dân số', 'tỷ lệ sinh'],
  },
  {
    id: 'charity_houses',
    group: 'society',
    added: true,
    label: { vi: 'Nhà đại đoàn kết, nhà tình nghĩa xây tặng', en: 'Houses built for poor and meritorious families' },
    phrases: ['{căn |}nhà {đại đoàn kết|tình nghĩa|tình thương|nhân ái|ở cho hộ nghèo|cho hộ nghèo}'],
    unitHints: ['căn nhà', 'căn nhà đại đoàn kết', 'căn nhà tình nghĩa'],
  },
  {
    id: 'rural_roads',
    group: 'society',
    added: true,
    label: { vi: 'Đường giao thông nông thôn', en: 'Rural roads built' },
    phrases: ['{km |}đường giao thông nông thôn', '{bê tông hóa|nhựa hóa|cứng hóa} {đường giao thông nông thôn|đường giao thông|đường|}'],
  },
  {
    id: 'forest_cover',
    group: 'society',
    label: { vi: 'Tỷ lệ che phủ rừng', en: 'Forest cover' },
    phrases: ['{tỷ lệ |độ |}che phủ {của |}rừng', 'tỷ lệ che phủ', 'độ che phủ', 'tỷ lệ che phủ {cây xanh|rừng và cây phân tán}'],
  },
  {
    id: 'urbanization_rate',
    group: 'society',
    label: { vi: 'Tỷ lệ đô thị hóa', en: 'Urbanisation rate' },
    phrases: ['{tỷ lệ |tốc độ |}đô thị hóa', 'tỷ lệ dân số {đô thị|thành thị}'],
  },
  {
    id: 'new_rural_communes',
    group: 'society',
    label: { vi: 'Xã đạt chuẩn nông thôn mới', en: 'Communes meeting the new-rural standard' },
    phrases: [
      `{số |}xã {được công nhận |được |}{đạt chuẩn|đạt|hoàn thành} ${NTM}`,
      // "10/10 xã của thị xã đạt chuẩn nông thôn mới": the district owning the communes is not what met the standard.
      `{số |}xã {của|thuộc|trên địa bàn} {huyện|thị xã|thành phố|tỉnh} {được công nhận |được |}{đạt chuẩn|đạt|hoàn thành} ${NTM}`,
      `{số |}xã ${NTM}`,
      `{được |}công nhận {xã |}{đạt chuẩn|đạt} ${NTM}`,
      `xây dựng xã {đạt chuẩn |}${NTM}`,
      `đạt chuẩn ${NTM}`,
    ],
    weakPhrases: [NTM, `xây dựng ${NTM}`],
    unitHints: [`xã đạt chuẩn ${NTM}`, `xã ${NTM}`],
  },
  {
    id: 'new_rural_communes_advanced',
    group: 'society',
    label: { vi: 'Xã đạt chuẩn nông thôn mới nâng cao', en: 'Communes meeting the advanced new-rural standard' },
    phrases: [
      `{số |}xã {được công nhận |được |}{đạt chuẩn|đạt|hoàn thành} ${NTM} nâng cao`,
      `{số |}xã {của|thuộc|trên địa bàn} {huyện|thị xã|thành phố|tỉnh} {được công nhận |được |}{đạt chuẩn|đạt|hoàn thành} ${NTM} nâng cao`,
      `{số |}xã ${NTM} nâng cao`,
      `{được |}công nhận {xã |}{đạt chuẩn|đạt} ${NTM} nâng cao`,
      `xây dựng {xã |}{đạt chuẩn |}${NTM} nâng cao`,
      `{đạt chuẩn |}${NTM} nâng cao`,
      // "bảy xã đạt chuẩn nông thôn mới, ba xã đạt chuẩn nâng cao": the standard named once for the list.
      'xã đạt chuẩn nâng cao',
    ],
    unitHints: [`xã đạt chuẩn ${NTM} nâng cao`, `xã ${NTM} nâng cao`],
  },
  {
    id: 'new_rural_communes_model',
    group: 'society',
    label: { vi: 'Xã đạt chuẩn nông thôn mới kiểu mẫu', en: 'Communes meeting the model new-rural standard' },
    phrases: [
      `{số |}xã {được công nhận |được |}{đạt chuẩn|đạt|hoàn thành} ${NTM} kiểu mẫu`,
      `{số |}xã {của|thuộc|trên địa bàn} {huyện|thị xã|thành phố|tỉnh} {được công nhận |được |}{đạt chuẩn|đạt|hoàn thành} ${NTM} kiểu mẫu`,
      `{số |}xã ${NTM} kiểu mẫu`,
      `{được |}công nhận {xã |}{đạt chuẩn|đạt} ${NTM} kiểu mẫu`,
      `xây dựng {xã |}{đạt chuẩn |}${NTM} kiểu mẫu`,
      `{đạt chuẩn |}${NTM} kiểu mẫu`,
      'xã đạt chuẩn kiểu mẫu',
    ],
    unitHints: [`xã đạt chuẩn ${NTM} kiểu mẫu`, `xã ${NTM} kiểu mẫu`],
  },
  {
    id: 'new_rural_districts',
    group: 'society',
    added: true,
    label: { vi: 'Huyện đạt chuẩn nông thôn mới', en: 'Districts meeting the new-rural standard' },
    phrases: [
      `{huyện|đơn vị cấp huyện|thị xã|thành phố} {được công nhận |}{đạt chuẩn|đạt} ${NTM}`,
      `{huyện|thị xã|thành phố} ${NTM}`,
      `hoàn thành nhiệm vụ xây dựng ${NTM}`,
    ],
  },
  {
    id: 'new_rural_criteria',
    group: 'society',
    label: { vi: 'Số tiêu chí nông thôn mới bình quân/xã', en: 'New-rural criteria met per commune' },
    phrases: [
      `{bộ |}tiêu chí ${NTM}`,
      `{bộ |}tiêu chí ${NTM} {nâng cao|kiểu mẫu}`,
      '{bình quân|bình quân đạt|đạt} … tiêu chí/xã',
      'tiêu chí/xã',
      'bình quân {mỗi xã |mỗi xã đạt |}… tiêu chí',
      'bình quân tiêu chí {/xã|trên xã}',
    ],
    weakPhrases: ['đạt … tiêu chí'],
    // Counts of criteria in provincial news are nearly always the 19 new-rural criteria of a commune.
    unitHints: ['tiêu chí/xã', 'tiêu chí/1 xã', 'tiêu chí trên xã', 'tiêu chí'],
  },
  {
    id: 'ocop_products',
    group: 'society',
    label: { vi: 'Sản phẩm OCOP', en: 'OCOP products' },
    phrases: [
      '{số |}sản phẩm {được |}{công nhận |chứng nhận |}{đạt chuẩn |đạt |}ocop',
      'sản phẩm ocop {3 sao|4 sao|5 sao|từ 3 sao trở lên|3 sao trở lên|}',
      'sản phẩm {đạt |được công nhận |}{3 sao|4 sao|5 sao|từ 3 sao trở lên}',
      'ocop',
      '{chương trình |}mỗi xã một sản phẩm',
    ],
    unitHints: ['sản phẩm ocop', 'sản phẩm đạt chuẩn ocop', 'sản phẩm đạt ocop'],
  },
  {
    id: 'cultural_family_rate',
    group: 'society',
    added: true,
    label: { vi: 'Tỷ lệ gia đình văn hóa', en: 'Share of "cultured families"' },
    phrases: ['{tỷ lệ |}{hộ |}gia đình {văn hóa|đạt chuẩn văn hóa|đạt danh hiệu gia đình văn hóa}', '{ấp|khu phố|thôn|tổ dân phố|khóm} văn hóa'],
  },
  {
    id: 'military_recruitment',
    group: 'order',
    added: true,
    label: { vi: 'Tuyển quân, giao quân', en: 'Military recruitment' },
    phrases: ['{công tác |chỉ tiêu |}{tuyển quân|giao quân|giao, nhận quân|giao nhận quân}', '{tuyển chọn và |}gọi công dân nhập ngũ', 'nhập ngũ'],
  },

  // ── Order and party ────────────────────────────────────────────────────────────────────────────────────
  {
    id: 'crime',
    group: 'order',
    label: { vi: 'Tội phạm, phạm pháp hình sự', en: 'Crime' },
    phrases: [
      '{số vụ |}{tội phạm|phạm pháp hình sự} {về |xâm phạm |}{trật tự xã hội|trật tự an toàn xã hội}',
      '{số vụ |vụ |}phạm pháp hình sự',
      'số vụ tội phạm',
      'tội phạm hình sự',
      '{kiềm giảm|kéo giảm|kiềm chế, kéo giảm|giảm} {số vụ |}{tội phạm|phạm pháp hình sự}',
      'vi phạm pháp luật hình sự',
      // "Số vụ phạm tội về trật tự xã hội giảm 29,7%", "1. Phạm tội về trật tự xã hội: Xảy ra 86 vụ": police bulletins' name.
      '{số vụ |}phạm tội {về |xâm phạm |}{trật tự xã hội|trật tự an toàn xã hội}',
      'tội phạm {và vi phạm pháp luật|về ma túy|ma túy|kinh tế|về kinh tế|về tham nhũng|tham nhũng|môi trường|về môi trường}',
    ],
    weakPhrases: ['tội phạm', 'án hình sự'],
  },
  {
    id: 'crime_clearance_rate',
    group: 'order',
    label: { vi: 'Tỷ lệ điều tra khám phá án', en: 'Crime clearance rate' },
    phrases: [
      '{tỷ lệ |}{điều tra khám phá|điều tra, khám phá|điều tra làm rõ|điều tra, làm rõ}{ án| các vụ án| vụ án| các vụ|}',
      '{tỷ lệ |}khám phá {án|các vụ án|vụ án}',
      // "tội phạm về trật tự xã hội giảm 8%, tỷ lệ điều tra đạt 83,5%. Riêng án nghiêm trọng … điều tra đạt tỷ lệ 93,8%".
      'tỷ lệ điều tra',
      'điều tra đạt tỷ lệ',
      '{đã |}làm rõ',
      '{tỷ lệ |}{điều tra khám phá|điều tra, khám phá|khám phá} {án |các vụ án |vụ án |các vụ |}{hình sự|phạm pháp hình sự|về trật tự xã hội|rất nghiêm trọng và đặc biệt nghiêm trọng|rất nghiêm trọng, đặc biệt nghiêm trọng}',
    ],
  },
  {
    id: 'work_accidents',
    group: 'order',
    added: true,
    label: { vi: 'Tai nạn lao động', en: 'Workplace accidents' },
    phrases: ['{số vụ |vụ |}tai nạn lao động', 'xảy ra … vụ tai nạn lao động'],
  },
  {
    id: 'traffic_accidents',
    group: 'order',
    label: { vi: 'Số vụ tai nạn giao thông', en: 'Traffic accidents' },
    phrases: [
      '{số vụ |vụ |}{tai nạn giao thông|tngt}',
      '{số vụ |vụ |}{tai nạn giao thông|tngt} {đường bộ|đường thủy|đường sắt}',
      'xảy ra … vụ {tai nạn giao thông|tngt}',
      'số vụ tai nạn',
    ],
    weakPhrases: ['tai nạn', 'vụ tai nạn'],
    unitHints: ['vụ tai nạn giao thông', 'vụ tngt'],
  },
  {
    id: 'traffic_deaths',
    group: 'order',
    label: { vi: 'Số người chết do tai nạn giao thông', en: 'Traffic deaths' },
    phrases: [
      '{số |}người {chết|tử vong|thiệt mạng}',
      '{số |}người {chết|tử vong} do tai nạn {giao thông|}',
      'làm … người {chết|tử vong|thiệt mạng}',
      'làm {chết|tử vong} … người',
      '{làm |}chết … người',
    ],
    weakPhrases: ['tử vong', 'chết'],
  },
  {
    id: 'traffic_injuries',
    group: 'order',
    label: { vi: 'Số người bị thương do tai nạn giao thông', en: 'Traffic injuries' },
    phrases: ['{số |}người bị thương', 'làm {bị thương |}… người bị thương', 'bị thương … người', 'làm bị thương … người'],
    weakPhrases: ['bị thương'],
  },
  {
    id: 'resolution_targets',
    group: 'order',
    label: { vi: 'Chỉ tiêu Nghị quyết đạt', en: 'Resolution targets met' },
    phrases: [
      '{các |}chỉ tiêu {theo |của |}{nghị quyết|nq}',
      '{các |}chỉ tiêu {theo |của |}{nghị quyết|nq} {đề ra|đại hội|đã đề ra|năm|giao}',
      '{các |}chỉ tiêu {chủ yếu |chủ yếu về |}{kinh tế - xã hội|kinh tế xã hội|kt-xh|phát triển kinh tế - xã hội}',
      '{các |}chỉ tiêu chủ yếu',
      'chỉ tiêu chủ yếu {của nghị quyết|theo nghị quyết|của nq}',
      'chỉ tiêu {đại hội|nhiệm kỳ|kế hoạch|cơ bản|quan trọng|nghị quyết đại hội}',
      'chỉ tiêu {nghị quyết|nq} {tỉnh ủy|huyện ủy|thị ủy|thành ủy|quận ủy|đảng ủy|hđnd|hội đồng nhân dân}',
    ],
    unitHints: ['chỉ tiêu', 'chỉ tiêu nghị quyết', 'chỉ tiêu nq'],
  },
  {
    id: 'new_party_members',
    group: 'order',
    label: { vi: 'Kết nạp đảng viên mới', en: 'New party members' },
    phrases: [
      '{công tác |}kết nạp đảng viên {mới|}',
      'kết nạp {mới |được |}… đảng viên {mới|}',
      'kết nạp {mới |được |}… {quần chúng |}vào đảng',
      'kết nạp {vào đảng|đảng|mới}',
      '{công tác |}phát triển đảng viên {mới|}',
      'đảng viên mới',
    ],
    unitHints: ['đảng viên mới'],
  },
];
