// Words that, standing in a figure's own words (from the figure before it in its clause, or the clause's start, to
// the end of its noun phrase), say it measures something other than an indicator that its unit, a neighbour or the
// topic suggested: "29 khu công nghiệp với tổng diện tích 13.420 ha" is no sown area, "khám, chữa bệnh cho 1,86
// triệu lượt người" no tourists, "thi hành kỷ luật 19 đảng viên" no new members. Data only; lower-case, canonical
// tones, whole words.
import { OTHER_PRODUCE } from '../vocabulary/crops.ts';

// Produce that is not rice, for yields; without the words that are also parts of others ("chỉ tiêu", "điều chỉnh",
// "cá nhân", "cam kết", "mì" in a name).
// "năng suất lao động (xã hội)" is labour productivity, "năng suất nhân tố tổng hợp" the TFP: no crop's yield either.
const NOT_RICE = [...OTHER_PRODUCE.filter((w) => !['tiêu', 'điều', 'cá', 'cam', 'mì'].includes(w)), 'lao động', 'nhân tố tổng hợp', 'tfp'];

const DISEASE = ['mắc', 'ca mắc', 'số mắc', 'nhập viện', 'sốt xuất huyết', 'sxh', 'tay chân miệng', 'sởi', 'dịch bệnh', 'bệnh nhân', 'ngộ độc'];
const SPENDING = ['tổng chi', 'chi ngân sách', 'chi thường xuyên', 'chi đầu tư', 'chi trả', 'chi cho', 'mức chi', 'khoản chi'];
const NOT_ON_THE_ROAD = ['đuối nước', 'cháy', 'cháy nổ', 'hỏa hoạn', 'thiên tai', 'lũ', 'lũ quét', 'sạt lở', 'sét đánh', 'bão', 'ngộ độc thực phẩm'];
// Capital drawn by investors or put up by new enterprises ("vốn điều lệ đăng ký đạt 18.417 tỷ đồng, tăng 43,5%") is
// neither the budget nor the economy a paragraph spoke of before.
const INVESTMENT_DRAWN = ['thu hút', 'ngoài ngân sách', 'cấp mới', 'tăng vốn', 'vốn đăng ký', 'vốn cấp mới', 'vốn điều lệ'];
// A bank's business ("các ngân hàng … thu nợ 184,2 tỷ đồng và huy động 54,5 tỷ đồng") is no budget revenue the paragraph
// spoke of before.
const BANKING = ['thu nợ', 'dư nợ', 'cho vay', 'huy động', 'tín dụng', 'tiền gửi'];

export const WORDS_AGAINST: Readonly<Record<string, readonly string[]>> = {
  // Land given up for roads and works ("nhân dân hiến 3.500 m2 đất làm đường", "thu hồi 12 ha") is no sown area; nor is
  // land consolidated into larger plots ("diện tích dồn điền đổi thửa, tích tụ đạt trên 6.336 ha").
  crop_area: ['nuôi', 'nuôi trồng', 'tự nhiên', 'rừng', 'thiệt hại', 'bị ảnh hưởng', 'khu công nghiệp', 'kcn', 'cụm công nghiệp',
    'khu kinh tế', 'mặt bằng', 'đô thị', 'hiến', 'thu hồi', 'bàn giao', 'dồn điền', 'đổi thửa', 'dồn thửa', 'tích tụ'],
  rice_yield: NOT_RICE,
  // Patients, workers and passengers are no visitors: "tổng sản lượng hành khách thông qua cảng đạt hơn 2,27 triệu khách"
  // counts traffic through an airport or a station, whoever travels, though its bare unit "khách" is the visitors' one.
  tourist_arrivals: ['khám', 'chữa bệnh', 'điều trị', 'bhyt', 'hưởng chế độ', 'giao dịch việc làm', 'lao động', 'hành khách'],
  international_tourist_arrivals: ['khám', 'chữa bệnh', 'điều trị', 'bhyt', 'hưởng chế độ', 'giao dịch việc làm', 'lao động', 'hành khách'],
  // A count of doctors hired, missing or leaving is no rate per population; beds of one hospital or their use either.
  doctors_per_10k: ['thiếu', 'tuyển dụng', 'nghỉ việc', 'chuyển công tác', 'thu hút', 'luân phiên', 'biệt phái'],
  hospital_beds_per_10k: ['công suất', 'trung tâm y tế', 'bệnh viện'],
  new_party_members: ['kỷ luật', 'kiểm tra', 'huy hiệu', 'khai trừ', 'xóa tên', 'vi phạm', 'sinh hoạt', 'giám sát', 'ra khỏi đảng', 'tổng số đảng viên'],
  // Fires counted after a crime tally ("Toàn tỉnh xảy ra 21 vụ cháy") are neither crimes nor cleared cases.
  crime: ['cháy', 'cháy nổ', 'hỏa hoạn', 'cháy rừng'],
  crime_clearance_rate: ['bắt giữ', 'xử lý vi phạm', 'phạt tiền', 'định danh', 'căn cước', 'cháy', 'cháy nổ', 'hỏa hoạn'],
  graduation_rate: ['điểm trung bình', 'môn', 'bài thi', 'điểm thi'],
  traffic_accidents: ['cháy', 'cháy nổ', 'đuối nước'],
  // Cases and deaths of a disease ("So với cùng kỳ năm 2021 số mắc tăng 4,8 lần, tử vong tăng 89 trường hợp"): the word
  // "tử vong" is the lexicon's name for road deaths, never a disease's.
  // Nor are the dead of drowning, fire or a storm ("đuối nước làm 3 người tử vong", "thiên tai làm chết 4 người").
  traffic_deaths: [...DISEASE, ...NOT_ON_THE_ROAD],
  traffic_injuries: [...DISEASE, ...NOT_ON_THE_ROAD],
  // The index is of industry as a whole; a product's output growth ("điện thoại di động tăng 21,3%" after "một số sản
  // phẩm công nghiệp chủ yếu") is not it.
  industrial_production_index: ['sản phẩm', 'sản lượng'],
  // Pensions paid, arrears and unemployment insurance are not who is covered.
  social_insurance_coverage: ['thất nghiệp', 'hưởng chế độ', 'hưu trí', 'trợ cấp', 'chậm đóng'],
  new_rural_communes: ['kết nối', 'trực tuyến', 'điểm cầu'],
  national_standard_schools: ['xây mới', 'đưa vào sử dụng', 'phòng học'],
  // Flows, not stocks: "nâng tổng số doanh nghiệp đang hoạt động lên 2.918 doanh nghiệp", "nâng tổng số lao động đang
  // làm việc trong KCN lên khoảng 140.000 người"; household businesses are no enterprises.
  // Nor are enterprises that paused, closed or came back ("25 doanh nghiệp đăng ký tạm ngừng hoạt động", "16 doanh
  // nghiệp giải thể", "12 doanh nghiệp hoạt động trở lại") new ones.
  new_enterprises: ['nâng tổng số', 'đang hoạt động', 'hộ kinh doanh', 'tạm ngừng', 'ngừng hoạt động', 'giải thể', 'trở lại',
    'quay lại', 'rút lui', 'chấm dứt', 'phá sản', 'có vốn nhà nước'],
  // The services sector's part of the output ("giá trị sản xuất ngành dịch vụ ước đạt hơn 367 tỷ đồng") is not the
  // total it is a part of, and the spec has no id for it; a total that lists every sector ("các ngành nông nghiệp,
  // công nghiệp, dịch vụ") still is the total.
  total_output_value: ['ngành dịch vụ', 'khu vực dịch vụ', 'thương mại - dịch vụ', 'thương mại, dịch vụ', 'thương mại và dịch vụ',
    'thương mại dịch vụ', 'giá trị sản xuất dịch vụ'],
  jobs_created: ['nâng tổng số', 'đang làm việc'],
  // Investment of the whole society, not the state's plan ("Tổng vốn đầu tư công năm 2025 của huyện là 356,8 tỷ
  // đồng") nor one sector's building ("Tổng vốn đầu tư xây dựng trường lớp … là 3.250 tỷ đồng").
  social_investment: ['đầu tư công', 'trường lớp', 'công trình'],
  // A worker's wage ("84.000 lao động, thu nhập bình quân 8,2 triệu đồng/người/tháng") is no income per head of the
  // population, and comparing the two would mislead.
  income_per_capita: ['lao động', 'công nhân'],
  new_jobs: ['nâng tổng số', 'đang làm việc'],
  // Capital drawn in ("Thu hút đầu tư vốn ngoài ngân sách đạt hơn 194.000 tỷ đồng", "209 dự án điều chỉnh tăng vốn, tổng
  // vốn cấp mới và tăng thêm đạt 127.788 tỷ đồng") is investors' money, not the budget or the economy the paragraph
  // spoke of before.
  // Processed goods in a list of factory products ("Thủy sản đông lạnh: 21.730 tấn; gạo xay xát 310.000 tấn") are no
  // catch or farmed output.
  aquaculture_output: ['đông lạnh', 'chế biến', 'xay xát', 'gạo', 'sản phẩm công nghiệp', 'thức ăn', 'xuất khẩu'],
  // Social or workers' housing, commercial homes, are no houses given to poor or meritorious families ("2.464 căn nhà
  // ở xã hội": the unit took "căn nhà", so the rest of the name stands after it).
  charity_houses: ['nhà ở xã hội', 'ở xã hội', 'nhà ở cho công nhân', 'nhà ở thương mại', 'ở thương mại', 'căn hộ'],
  // "tổng chi an sinh xã hội tăng trên 12%" after the growth rate: spending, not the economy's growth.
  // "Đóng góp của năng suất nhân tố tổng hợp (TFP) vào tăng trưởng đạt trên 55%": a share of the growth, not the growth;
  // "tốc độ tăng năng suất lao động … 7%/năm" is labour productivity's.
  // (Spending by its compounds, not a bare "chi": "Theo Chi cục Thống kê, tốc độ tăng trưởng kinh tế … tăng 11,66%" names
  // the statistics office.)
  // ("GRDP tăng 7,2%. Doanh thu vận tải tăng 12,5%": a revenue or a trade turnover growing is no growth of the economy.)
  // ("Các chuyến bay nội địa tăng 70%" after a paragraph on revenues "tăng trưởng mạnh": traffic and visitors grow, not
  // the economy: traffic-not-economy-growth.)
  grdp_growth: [...SPENDING, 'an sinh xã hội', 'phúc lợi', 'đóng góp', 'năng suất lao động', 'nhân tố tổng hợp', 'tfp', 'doanh thu', 'kim ngạch',
    'chuyến bay', 'hành khách', 'lượt khách', 'lượng khách', 'lưu lượng'],
  // A market's or a product's share of exports, or of a capital or revenue total ("châu Á (chiếm tỷ trọng 67,2% trong
  // tổng kim ngạch xuất khẩu)"), is no sector's share of the economy.
  sector_share: ['kim ngạch', 'tổng vốn', 'tổng doanh thu', 'thị trường xuất khẩu'],
  // Core inflation leaves food and energy out: it is no consumer price index ("lạm phát cơ bản tăng 3,20%").
  cpi: ['lạm phát cơ bản'],
  budget_revenue: [...INVESTMENT_DRAWN, ...BANKING],
  budget_expenditure: INVESTMENT_DRAWN,
  grdp: INVESTMENT_DRAWN,
};

// Names that hold a word against but say nothing of the figure: "dịp nghỉ lễ … Ngày Quốc tế Lao động (1/5), tỉnh đón
// 411.800 lượt khách" is a holiday's name, not labour the visitors could be.
// "nâng tổng số đảng viên kết nạp cả năm lên 310 đồng chí" totals the members admitted, not the whole membership.
export const NAMES_NOT_AGAINST: readonly string[] = ['ngày quốc tế lao động', 'quốc tế lao động', 'tổng số đảng viên kết nạp',
  'tổng số đảng viên được kết nạp', 'tổng số đảng viên mới được kết nạp'];

/** Verbs that name the indicator themselves when they stand right before the figure: "vụ lúa trên nền đất nuôi tôm
 *  xuống giống 41.500 ha" is a sown area whatever the words before the verb say of the land. */
export const OWN_VERB_BEFORE: Readonly<Record<string, readonly string[]>> = {
  crop_area: ['xuống giống', 'gieo trồng', 'gieo sạ', 'gieo cấy'],
  // "…, đẩy mạnh thu hút đầu tư, cải cách hành chính, thu ngân sách đạt 5.120 tỷ đồng": the revenue named right before
  // the number is what it measures, whatever investment the list named before it.
  budget_revenue: ['thu ngân sách', 'thu ngân sách nhà nước', 'tổng thu ngân sách', 'tổng thu ngân sách nhà nước', 'thu nội địa'],
};
