// The locality gazetteer: Viet Nam's provinces and centrally-run cities (the 63 of 2023–2024 and the 34 after the
// merger of 1 July 2025) and their district-level units (thành phố, thị xã, huyện, quận) as of 2023–2024, with the
// few renamings around that time. Data only; names are written as the extractor's normaliser writes them
// (tone on the first vowel of a final oa/oe/uy: "Hòa", "Thủy"). District-level units were abolished on
// 1 July 2025. Dates are year-month; where a change's exact day is unsure, the month is the best known one.

export type ProvinceType = 'tỉnh' | 'thành phố trực thuộc trung ương';
export type DistrictType = 'thành phố' | 'thị xã' | 'huyện' | 'quận';
// A special zone (đặc khu, since 1 July 2025: Phú Quốc, Côn Đảo, Vân Đồn …) is a commune-level unit.
export type CommuneType = 'xã' | 'phường' | 'thị trấn' | 'đặc khu';
/** The commune-level units, as the type names them. */
export const COMMUNE_LEVELS: readonly string[] = ['xã', 'phường', 'thị trấn', 'đặc khu'] satisfies readonly CommuneType[];
export type UnitType = ProvinceType | DistrictType;
/** What a mention's `level` holds: the type word of the unit, or `cả nước`. */
export type LocalityLevel = UnitType | CommuneType | 'cả nước';

export interface DistrictChange {
  readonly name: string;
  readonly type: DistrictType;
  /** First month of validity, 'YYYY-MM'. */
  readonly from?: string;
  /** Last month of validity, 'YYYY-MM'. */
  readonly until?: string;
}

export interface ProvinceRecord {
  readonly name: string;
  readonly type: ProvinceType;
  /** Other ways papers write the name: "bà rịa vũng tàu", "brvt", "tphcm". Lowercase. */
  readonly aliases?: readonly string[];
  readonly from?: string;
  readonly until?: string;
  /** For a province merged away in 2025: the name of the province (or city) it became part of. */
  readonly successor?: string;
  readonly tp?: readonly string[];
  readonly tx?: readonly string[];
  readonly h?: readonly string[];
  readonly q?: readonly string[];
  /** District-level units that changed type, were created or merged around 2023–2025. */
  readonly changes?: readonly DistrictChange[];
}

/** The last month in which district-level units existed (they were abolished on 1 July 2025). */
export const DISTRICTS_ABOLISHED_AFTER = '2025-06';
/** The first month of the 34 provinces. */
export const MERGER_2025_FROM = '2025-07';

/**
 * Island districts that became special zones (đặc khu) on 1 July 2025, by their district name: written bare after that
 * ("Phú Quốc đón …", "Côn Đảo …") they name the zone. (Thổ Châu, the 13th, was a commune, so it is only read with its
 * type word.)
 */
export const SPECIAL_ZONES_FROM_DISTRICTS: readonly string[] = [
  'Vân Đồn', 'Cô Tô', 'Cát Hải', 'Bạch Long Vĩ', 'Cồn Cỏ', 'Hoàng Sa', 'Lý Sơn', 'Trường Sa', 'Phú Quý', 'Côn Đảo', 'Kiên Hải', 'Phú Quốc',
];

/** Other spellings of district-level names that papers use ("Đa Krông" for Đakrông, "Buôn Mê Thuột"). Lowercase. */
export const DISTRICT_ALIASES: Readonly<Record<string, readonly string[]>> = {
  'Đakrông': ['đa krông'],
  "Ia H'Drai": ['ia hdrai', 'ia h drai'],
  'Kbang': ["k'bang", 'k bang'],
  'Buôn Ma Thuột': ['buôn mê thuột'],
  'Phú Quý': ['phú quí'],
  'Krông Pắc': ['krông pắk'],
  "Cư M'gar": ['cư mgar'],
  "Ea H'leo": ['ea hleo'],
  "M'Đrắk": ['mđrắk', 'ma đrắk', "m'drắk", 'mdrắk'],
  "Đắk R'Lấp": ['đắk rlấp'],
  'Phan Rang - Tháp Chàm': ['phan rang tháp chàm'],
  'Thủ Dầu Một': ['thủ dầu 1'],
  'Tuy Hòa': ['tuy hoà'],
  'Bắc Kạn': ['bắc cạn'],
};

const T = 'tỉnh' as const;
const C = 'thành phố trực thuộc trung ương' as const;
const UNTIL_MERGER = '2025-06';

export const PROVINCES: readonly ProvinceRecord[] = [
  {
    name: 'Hà Nội', type: C, aliases: ['hn'],
    q: ['Ba Đình', 'Hoàn Kiếm', 'Tây Hồ', 'Long Biên', 'Cầu Giấy', 'Đống Đa', 'Hai Bà Trưng', 'Hoàng Mai', 'Thanh Xuân', 'Nam Từ Liêm', 'Bắc Từ Liêm', 'Hà Đông'],
    tx: ['Sơn Tây'],
    h: ['Sóc Sơn', 'Đông Anh', 'Gia Lâm', 'Thanh Trì', 'Mê Linh', 'Ba Vì', 'Phúc Thọ', 'Đan Phượng', 'Hoài Đức', 'Quốc Oai', 'Thạch Thất', 'Chương Mỹ', 'Thanh Oai', 'Thường Tín', 'Phú Xuyên', 'Ứng Hòa', 'Mỹ Đức'],
  },
  {
    name: 'Hà Giang', type: T, until: UNTIL_MERGER, successor: 'Tuyên Quang',
    tp: ['Hà Giang'],
    h: ['Đồng Văn', 'Mèo Vạc', 'Yên Minh', 'Quản Bạ', 'Vị Xuyên', 'Bắc Mê', 'Hoàng Su Phì', 'Xín Mần', 'Bắc Quang', 'Quang Bình'],
  },
  {
    name: 'Cao Bằng', type: T,
    tp: ['Cao Bằng'],
    h: ['Bảo Lâm', 'Bảo Lạc', 'Hà Quảng', 'Trùng Khánh', 'Hạ Lang', 'Quảng Hòa', 'Hòa An', 'Nguyên Bình', 'Thạch An'],
  },
  {
    name: 'Bắc Kạn', type: T, aliases: ['bắc cạn'], until: UNTIL_MERGER, successor: 'Thái Nguyên',
    tp: ['Bắc Kạn'],
    h: ['Pác Nặm', 'Ba Bể', 'Ngân Sơn', 'Bạch Thông', 'Chợ Đồn', 'Chợ Mới', 'Na Rì'],
  },
  {
    name: 'Tuyên Quang', type: T,
    tp: ['Tuyên Quang'],
    h: ['Lâm Bình', 'Na Hang', 'Chiêm Hóa', 'Hàm Yên', 'Yên Sơn', 'Sơn Dương'],
  },
  {
    name: 'Lào Cai', type: T,
    tp: ['Lào Cai'],
    tx: ['Sa Pa'],
    h: ['Bát Xát', 'Mường Khương', 'Si Ma Cai', 'Bắc Hà', 'Bảo Thắng', 'Bảo Yên', 'Văn Bàn'],
  },
  {
    name: 'Điện Biên', type: T,
    tp: ['Điện Biên Phủ'],
    tx: ['Mường Lay'],
    h: ['Mường Nhé', 'Mường Chà', 'Tủa Chùa', 'Tuần Giáo', 'Điện Biên', 'Điện Biên Đông', 'Mường Ảng', 'Nậm Pồ'],
  },
  {
    name: 'Lai Châu', type: T,
    tp: ['Lai Châu'],
    h: ['Tam Đường', 'Mường Tè', 'Sìn Hồ', 'Phong Thổ', 'Than Uyên', 'Tân Uyên', 'Nậm Nhùn'],
  },
  {
    name: 'Sơn La', type: T,
    tp: ['Sơn La'],
    h: ['Quỳnh Nhai', 'Thuận Châu', 'Mường La', 'Bắc Yên', 'Phù Yên', 'Mộc Châu', 'Yên Châu', 'Mai Sơn', 'Sông Mã', 'Sốp Cộp', 'Vân Hồ'],
    changes: [{ name: 'Mộc Châu', type: 'thị xã', from: '2025-02' }],
  },
  {
    name: 'Yên Bái', type: T, until: UNTIL_MERGER, successor: 'Lào Cai',
    tp: ['Yên Bái'],
    tx: ['Nghĩa Lộ'],
    h: ['Lục Yên', 'Văn Yên', 'Mù Cang Chải', 'Trấn Yên', 'Trạm Tấu', 'Văn Chấn', 'Yên Bình'],
  },
  {
    name: 'Hòa Bình', type: T, until: UNTIL_MERGER, successor: 'Phú Thọ',
    tp: ['Hòa Bình'],
    h: ['Đà Bắc', 'Lương Sơn', 'Kim Bôi', 'Cao Phong', 'Tân Lạc', 'Mai Châu', 'Lạc Sơn', 'Yên Thủy', 'Lạc Thủy'],
  },
  {
    name: 'Thái Nguyên', type: T,
    tp: ['Thái Nguyên', 'Sông Công', 'Phổ Yên'],
    h: ['Định Hóa', 'Phú Lương', 'Đồng Hỷ', 'Võ Nhai', 'Đại Từ', 'Phú Bình'],
  },
  {
    name: 'Lạng Sơn', type: T,
    tp: ['Lạng Sơn'],
    h: ['Tràng Định', 'Bình Gia', 'Văn Lãng', 'Cao Lộc', 'Văn Quan', 'Bắc Sơn', 'Hữu Lũng', 'Chi Lăng', 'Lộc Bình', 'Đình Lập'],
  },
  {
    name: 'Quảng Ninh', type: T,
    tp: ['Hạ Long', 'Móng Cái', 'Cẩm Phả', 'Uông Bí'],
    tx: ['Đông Triều', 'Quảng Yên'],
    h: ['Bình Liêu', 'Tiên Yên', 'Đầm Hà', 'Hải Hà', 'Ba Chẽ', 'Vân Đồn', 'Cô Tô'],
    changes: [{ name: 'Đông Triều', type: 'thành phố', from: '2025-01' }],
  },
  {
    name: 'Bắc Giang', type: T, until: UNTIL_MERGER, successor: 'Bắc Ninh',
    tp: ['Bắc Giang'],
    h: ['Yên Thế', 'Tân Yên', 'Lạng Giang', 'Lục Nam', 'Lục Ngạn', 'Sơn Động', 'Yên Dũng', 'Việt Yên', 'Hiệp Hòa'],
    changes: [
      { name: 'Việt Yên', type: 'thị xã', from: '2024-07' },
      { name: 'Chũ', type: 'thị xã', from: '2025-01' },
    ],
  },
  {
    name: 'Phú Thọ', type: T,
    tp: ['Việt Trì'],
    tx: ['Phú Thọ'],
    h: ['Đoan Hùng', 'Hạ Hòa', 'Thanh Ba', 'Phù Ninh', 'Yên Lập', 'Cẩm Khê', 'Tam Nông', 'Lâm Thao', 'Thanh Sơn', 'Thanh Thủy', 'Tân Sơn'],
  },
  {
    name: 'Vĩnh Phúc', type: T, until: UNTIL_MERGER, successor: 'Phú Thọ',
    tp: ['Vĩnh Yên', 'Phúc Yên'],
    h: ['Lập Thạch', 'Tam Dương', 'Tam Đảo', 'Bình Xuyên', 'Yên Lạc', 'Vĩnh Tường', 'Sông Lô'],
  },
  {
    name: 'Bắc Ninh', type: T,
    tp: ['Bắc Ninh', 'Từ Sơn'],
    h: ['Yên Phong', 'Quế Võ', 'Tiên Du', 'Thuận Thành', 'Gia Bình', 'Lương Tài'],
    changes: [
      { name: 'Quế Võ', type: 'thị xã', from: '2023-12' },
      { name: 'Thuận Thành', type: 'thị xã', from: '2023-12' },
    ],
  },
  {
    name: 'Hải Dương', type: T, until: UNTIL_MERGER, successor: 'Hải Phòng',
    tp: ['Hải Dương', 'Chí Linh'],
    tx: ['Kinh Môn'],
    h: ['Nam Sách', 'Kim Thành', 'Thanh Hà', 'Cẩm Giàng', 'Bình Giang', 'Gia Lộc', 'Tứ Kỳ', 'Ninh Giang', 'Thanh Miện'],
  },
  {
    name: 'Hải Phòng', type: C,
    q: ['Hồng Bàng', 'Ngô Quyền', 'Lê Chân', 'Hải An', 'Kiến An', 'Đồ Sơn', 'Dương Kinh'],
    h: ['Thủy Nguyên', 'An Dương', 'An Lão', 'Kiến Thụy', 'Tiên Lãng', 'Vĩnh Bảo', 'Cát Hải', 'Bạch Long Vĩ'],
    changes: [
      { name: 'Thủy Nguyên', type: 'thành phố', from: '2025-01' },
      { name: 'An Dương', type: 'quận', from: '2025-01' },
    ],
  },
  {
    name: 'Hưng Yên', type: T,
    tp: ['Hưng Yên'],
    tx: ['Mỹ Hào'],
    h: ['Văn Lâm', 'Văn Giang', 'Yên Mỹ', 'Ân Thi', 'Khoái Châu', 'Kim Động', 'Tiên Lữ', 'Phù Cừ'],
  },
  {
    name: 'Thái Bình', type: T, until: UNTIL_MERGER, successor: 'Hưng Yên',
    tp: ['Thái Bình'],
    h: ['Quỳnh Phụ', 'Hưng Hà', 'Đông Hưng', 'Thái Thụy', 'Tiền Hải', 'Kiến Xương', 'Vũ Thư'],
  },
  {
    name: 'Hà Nam', type: T, until: UNTIL_MERGER, successor: 'Ninh Bình',
    tp: ['Phủ Lý'],
    tx: ['Duy Tiên'],
    h: ['Kim Bảng', 'Thanh Liêm', 'Bình Lục', 'Lý Nhân'],
    changes: [{ name: 'Kim Bảng', type: 'thị xã', from: '2025-01' }],
  },
  {
    name: 'Nam Định', type: T, until: UNTIL_MERGER, successor: 'Ninh Bình',
    tp: ['Nam Định'],
    h: ['Vụ Bản', 'Ý Yên', 'Nghĩa Hưng', 'Nam Trực', 'Trực Ninh', 'Xuân Trường', 'Giao Thủy', 'Hải Hậu'],
    changes: [{ name: 'Mỹ Lộc', type: 'huyện', until: '2024-12' }],
  },
  {
    name: 'Ninh Bình', type: T,
    tp: ['Tam Điệp'],
    h: ['Nho Quan', 'Gia Viễn', 'Yên Khánh', 'Kim Sơn', 'Yên Mô'],
    changes: [
      { name: 'Ninh Bình', type: 'thành phố', until: '2025-02' },
      { name: 'Hoa Lư', type: 'huyện', until: '2025-02' },
      { name: 'Hoa Lư', type: 'thành phố', from: '2025-03' },
    ],
  },
  {
    name: 'Thanh Hóa', type: T,
    tp: ['Thanh Hóa', 'Sầm Sơn'],
    tx: ['Bỉm Sơn', 'Nghi Sơn'],
    h: ['Mường Lát', 'Quan Hóa', 'Bá Thước', 'Quan Sơn', 'Lang Chánh', 'Ngọc Lặc', 'Cẩm Thủy', 'Thạch Thành', 'Hà Trung', 'Vĩnh Lộc', 'Yên Định', 'Thọ Xuân', 'Thường Xuân', 'Triệu Sơn', 'Thiệu Hóa', 'Hoằng Hóa', 'Hậu Lộc', 'Nga Sơn', 'Như Xuân', 'Như Thanh', 'Nông Cống', 'Đông Sơn', 'Quảng Xương'],
  },
  {
    name: 'Nghệ An', type: T,
    tp: ['Vinh'],
    tx: ['Cửa Lò', 'Thái Hòa', 'Hoàng Mai'],
    h: ['Quế Phong', 'Quỳ Châu', 'Kỳ Sơn', 'Tương Dương', 'Nghĩa Đàn', 'Quỳ Hợp', 'Quỳnh Lưu', 'Con Cuông', 'Tân Kỳ', 'Anh Sơn', 'Diễn Châu', 'Yên Thành', 'Đô Lương', 'Thanh Chương', 'Nghi Lộc', 'Nam Đàn', 'Hưng Nguyên'],
  },
  {
    name: 'Hà Tĩnh', type: T,
    tp: ['Hà Tĩnh'],
    tx: ['Hồng Lĩnh', 'Kỳ Anh'],
    h: ['Hương Sơn', 'Đức Thọ', 'Vũ Quang', 'Nghi Xuân', 'Can Lộc', 'Hương Khê', 'Thạch Hà', 'Cẩm Xuyên', 'Kỳ Anh', 'Lộc Hà'],
  },
  {
    name: 'Quảng Bình', type: T, until: UNTIL_MERGER, successor: 'Quảng Trị',
    tp: ['Đồng Hới'],
    tx: ['Ba Đồn'],
    h: ['Minh Hóa', 'Tuyên Hóa', 'Quảng Trạch', 'Bố Trạch', 'Quảng Ninh', 'Lệ Thủy'],
  },
  {
    name: 'Quảng Trị', type: T,
    tp: ['Đông Hà'],
    tx: ['Quảng Trị'],
    h: ['Vĩnh Linh', 'Hướng Hóa', 'Gio Linh', 'Đakrông', 'Cam Lộ', 'Triệu Phong', 'Hải Lăng', 'Cồn Cỏ'],
  },
  {
    name: 'Thừa Thiên Huế', type: T, aliases: ['thừa thiên - huế', 'tt-huế', 'tt huế'], until: '2024-12', successor: 'Huế',
    tx: ['Hương Thủy', 'Hương Trà'],
    h: ['Phong Điền', 'Quảng Điền', 'Phú Vang', 'A Lưới', 'Phú Lộc', 'Nam Đông'],
    changes: [{ name: 'Huế', type: 'thành phố', until: '2024-12' }],
  },
  {
    name: 'Huế', type: C, from: '2025-01',
    q: ['Thuận Hóa', 'Phú Xuân'],
    tx: ['Hương Thủy', 'Hương Trà', 'Phong Điền'],
    h: ['Quảng Điền', 'Phú Vang', 'A Lưới', 'Phú Lộc', 'Nam Đông'],
  },
  {
    name: 'Đà Nẵng', type: C,
    q: ['Liên Chiểu', 'Thanh Khê', 'Hải Châu', 'Sơn Trà', 'Ngũ Hành Sơn', 'Cẩm Lệ'],
    h: ['Hòa Vang', 'Hoàng Sa'],
  },
  {
    name: 'Quảng Nam', type: T, until: UNTIL_MERGER, successor: 'Đà Nẵng',
    tp: ['Tam Kỳ', 'Hội An'],
    tx: ['Điện Bàn'],
    h: ['Tây Giang', 'Đông Giang', 'Đại Lộc', 'Duy Xuyên', 'Quế Sơn', 'Nam Giang', 'Phước Sơn', 'Hiệp Đức', 'Thăng Bình', 'Tiên Phước', 'Bắc Trà My', 'Nam Trà My', 'Núi Thành', 'Phú Ninh', 'Nông Sơn'],
  },
  {
    name: 'Quảng Ngãi', type: T,
    tp: ['Quảng Ngãi'],
    tx: ['Đức Phổ'],
    h: ['Bình Sơn', 'Trà Bồng', 'Sơn Tịnh', 'Tư Nghĩa', 'Sơn Hà', 'Sơn Tây', 'Minh Long', 'Nghĩa Hành', 'Mộ Đức', 'Ba Tơ', 'Lý Sơn'],
  },
  {
    name: 'Bình Định', type: T, until: UNTIL_MERGER, successor: 'Gia Lai',
    tp: ['Quy Nhơn'],
    tx: ['Hoài Nhơn', 'An Nhơn'],
    h: ['An Lão', 'Hoài Ân', 'Phù Mỹ', 'Vĩnh Thạnh', 'Tây Sơn', 'Phù Cát', 'Tuy Phước', 'Vân Canh'],
  },
  {
    name: 'Phú Yên', type: T, until: UNTIL_MERGER, successor: 'Đắk Lắk',
    tp: ['Tuy Hòa'],
    tx: ['Sông Cầu', 'Đông Hòa'],
    h: ['Đồng Xuân', 'Tuy An', 'Sơn Hòa', 'Sông Hinh', 'Tây Hòa', 'Phú Hòa'],
  },
  {
    name: 'Khánh Hòa', type: T,
    tp: ['Nha Trang', 'Cam Ranh'],
    tx: ['Ninh Hòa'],
    h: ['Cam Lâm', 'Vạn Ninh', 'Khánh Vĩnh', 'Diên Khánh', 'Khánh Sơn', 'Trường Sa'],
  },
  {
    name: 'Ninh Thuận', type: T, until: UNTIL_MERGER, successor: 'Khánh Hòa',
    tp: ['Phan Rang - Tháp Chàm'],
    h: ['Bác Ái', 'Ninh Sơn', 'Ninh Hải', 'Ninh Phước', 'Thuận Bắc', 'Thuận Nam'],
  },
  {
    name: 'Bình Thuận', type: T, until: UNTIL_MERGER, successor: 'Lâm Đồng',
    tp: ['Phan Thiết'],
    tx: ['La Gi'],
    h: ['Tuy Phong', 'Bắc Bình', 'Hàm Thuận Bắc', 'Hàm Thuận Nam', 'Tánh Linh', 'Đức Linh', 'Hàm Tân', 'Phú Quý'],
  },
  {
    name: 'Kon Tum', type: T, aliases: ['kontum'], until: UNTIL_MERGER, successor: 'Quảng Ngãi',
    tp: ['Kon Tum'],
    h: ['Đắk Glei', 'Ngọc Hồi', 'Đắk Tô', 'Kon Plông', 'Kon Rẫy', 'Đắk Hà', 'Sa Thầy', 'Tu Mơ Rông', "Ia H'Drai"],
  },
  {
    name: 'Gia Lai', type: T,
    tp: ['Pleiku'],
    tx: ['An Khê', 'Ayun Pa'],
    h: ['Kbang', 'Đăk Đoa', 'Chư Păh', 'Ia Grai', 'Mang Yang', 'Kông Chro', 'Đức Cơ', 'Chư Prông', 'Chư Sê', 'Đăk Pơ', 'Ia Pa', 'Krông Pa', 'Phú Thiện', 'Chư Pưh'],
  },
  {
    name: 'Đắk Lắk', type: T, aliases: ['đăk lăk', 'đắc lắc', 'đắk lăk', 'daklak'],
    tp: ['Buôn Ma Thuột'],
    tx: ['Buôn Hồ'],
    h: ["Ea H'leo", 'Ea Súp', 'Buôn Đôn', "Cư M'gar", 'Krông Búk', 'Krông Năng', 'Ea Kar', "M'Đrắk", 'Krông Bông', 'Krông Pắc', 'Krông A Na', 'Lắk', 'Cư Kuin'],
  },
  {
    name: 'Đắk Nông', type: T, aliases: ['đăk nông', 'đắc nông'], until: UNTIL_MERGER, successor: 'Lâm Đồng',
    tp: ['Gia Nghĩa'],
    h: ['Đăk Glong', 'Cư Jút', 'Đắk Mil', 'Krông Nô', 'Đắk Song', "Đắk R'Lấp", 'Tuy Đức'],
  },
  {
    name: 'Lâm Đồng', type: T,
    tp: ['Đà Lạt', 'Bảo Lộc'],
    h: ['Đam Rông', 'Lạc Dương', 'Lâm Hà', 'Đơn Dương', 'Đức Trọng', 'Di Linh', 'Bảo Lâm', 'Đạ Huoai', 'Đạ Tẻh', 'Cát Tiên'],
  },
  {
    name: 'Bình Phước', type: T, until: UNTIL_MERGER, successor: 'Đồng Nai',
    tp: ['Đồng Xoài'],
    tx: ['Phước Long', 'Bình Long'],
    h: ['Bù Gia Mập', 'Lộc Ninh', 'Bù Đốp', 'Hớn Quản', 'Đồng Phú', 'Bù Đăng', 'Phú Riềng'],
    changes: [
      { name: 'Chơn Thành', type: 'huyện', until: '2022-05' },
      { name: 'Chơn Thành', type: 'thị xã', from: '2022-06' },
    ],
  },
  {
    name: 'Tây Ninh', type: T,
    tp: ['Tây Ninh'],
    tx: ['Hòa Thành', 'Trảng Bàng'],
    h: ['Tân Biên', 'Tân Châu', 'Dương Minh Châu', 'Châu Thành', 'Gò Dầu', 'Bến Cầu'],
  },
  {
    name: 'Bình Dương', type: T, until: UNTIL_MERGER, successor: 'Hồ Chí Minh',
    tp: ['Thủ Dầu Một', 'Dĩ An', 'Thuận An'],
    h: ['Bàu Bàng', 'Dầu Tiếng', 'Phú Giáo', 'Bắc Tân Uyên'],
    changes: [
      { name: 'Bến Cát', type: 'thị xã', until: '2023-03' },
      { name: 'Bến Cát', type: 'thành phố', from: '2023-04' },
      { name: 'Tân Uyên', type: 'thị xã', until: '2023-03' },
      { name: 'Tân Uyên', type: 'thành phố', from: '2023-04' },
    ],
  },
  {
    name: 'Đồng Nai', type: T,
    tp: ['Biên Hòa', 'Long Khánh'],
    h: ['Tân Phú', 'Vĩnh Cửu', 'Định Quán', 'Trảng Bom', 'Thống Nhất', 'Cẩm Mỹ', 'Long Thành', 'Xuân Lộc', 'Nhơn Trạch'],
  },
  {
    name: 'Bà Rịa - Vũng Tàu', type: T, aliases: ['bà rịa vũng tàu', 'bà rịa-vũng tàu', 'br-vt', 'brvt', 'br - vt'], until: UNTIL_MERGER, successor: 'Hồ Chí Minh',
    tp: ['Vũng Tàu', 'Bà Rịa'],
    h: ['Châu Đức', 'Xuyên Mộc', 'Côn Đảo'],
    changes: [
      { name: 'Long Điền', type: 'huyện', until: '2024-12' },
      { name: 'Đất Đỏ', type: 'huyện', until: '2024-12' },
      { name: 'Long Đất', type: 'huyện', from: '2025-01' },
      { name: 'Phú Mỹ', type: 'thị xã', until: '2025-03' },
      { name: 'Phú Mỹ', type: 'thành phố', from: '2025-04' },
    ],
  },
  {
    name: 'Hồ Chí Minh', type: C, aliases: ['hcm', 'tphcm', 'sài gòn'],
    q: ['1', '3', '4', '5', '6', '7', '8', '10', '11', '12', 'Gò Vấp', 'Bình Thạnh', 'Tân Bình', 'Tân Phú', 'Phú Nhuận', 'Bình Tân'],
    tp: ['Thủ Đức'],
    h: ['Củ Chi', 'Hóc Môn', 'Bình Chánh', 'Nhà Bè', 'Cần Giờ'],
    changes: [
      { name: '2', type: 'quận', until: '2020-12' },
      { name: '9', type: 'quận', until: '2020-12' },
      { name: 'Thủ Đức', type: 'quận', until: '2020-12' },
    ],
  },
  {
    name: 'Long An', type: T, until: UNTIL_MERGER, successor: 'Tây Ninh',
    tp: ['Tân An'],
    tx: ['Kiến Tường'],
    h: ['Tân Hưng', 'Vĩnh Hưng', 'Mộc Hóa', 'Tân Thạnh', 'Thạnh Hóa', 'Đức Huệ', 'Đức Hòa', 'Bến Lức', 'Thủ Thừa', 'Tân Trụ', 'Cần Đước', 'Cần Giuộc', 'Châu Thành'],
  },
  {
    name: 'Tiền Giang', type: T, until: UNTIL_MERGER, successor: 'Đồng Tháp',
    tp: ['Mỹ Tho'],
    tx: ['Gò Công', 'Cai Lậy'],
    h: ['Tân Phước', 'Cái Bè', 'Cai Lậy', 'Châu Thành', 'Chợ Gạo', 'Gò Công Tây', 'Gò Công Đông', 'Tân Phú Đông'],
  },
  {
    name: 'Bến Tre', type: T, until: UNTIL_MERGER, successor: 'Vĩnh Long',
    tp: ['Bến Tre'],
    h: ['Châu Thành', 'Chợ Lách', 'Mỏ Cày Nam', 'Mỏ Cày Bắc', 'Giồng Trôm', 'Bình Đại', 'Ba Tri', 'Thạnh Phú'],
  },
  {
    name: 'Trà Vinh', type: T, until: UNTIL_MERGER, successor: 'Vĩnh Long',
    tp: ['Trà Vinh'],
    tx: ['Duyên Hải'],
    h: ['Càng Long', 'Cầu Kè', 'Tiểu Cần', 'Châu Thành', 'Cầu Ngang', 'Trà Cú', 'Duyên Hải'],
  },
  {
    name: 'Vĩnh Long', type: T,
    tp: ['Vĩnh Long'],
    tx: ['Bình Minh'],
    h: ['Long Hồ', 'Mang Thít', 'Vũng Liêm', 'Tam Bình', 'Trà Ôn', 'Bình Tân'],
  },
  {
    name: 'Đồng Tháp', type: T,
    tp: ['Cao Lãnh', 'Sa Đéc', 'Hồng Ngự'],
    h: ['Tân Hồng', 'Hồng Ngự', 'Tam Nông', 'Tháp Mười', 'Cao Lãnh', 'Thanh Bình', 'Lấp Vò', 'Lai Vung', 'Châu Thành'],
  },
  {
    name: 'An Giang', type: T,
    tp: ['Long Xuyên', 'Châu Đốc'],
    tx: ['Tân Châu'],
    h: ['An Phú', 'Phú Tân', 'Châu Phú', 'Tri Tôn', 'Châu Thành', 'Chợ Mới', 'Thoại Sơn'],
    changes: [
      { name: 'Tịnh Biên', type: 'huyện', until: '2023-03' },
      { name: 'Tịnh Biên', type: 'thị xã', from: '2023-04' },
    ],
  },
  {
    name: 'Kiên Giang', type: T, until: UNTIL_MERGER, successor: 'An Giang',
    tp: ['Rạch Giá', 'Hà Tiên', 'Phú Quốc'],
    h: ['Kiên Lương', 'Hòn Đất', 'Tân Hiệp', 'Châu Thành', 'Giồng Riềng', 'Gò Quao', 'An Biên', 'An Minh', 'Vĩnh Thuận', 'Kiên Hải', 'U Minh Thượng', 'Giang Thành'],
  },
  {
    name: 'Cần Thơ', type: C,
    q: ['Ninh Kiều', 'Ô Môn', 'Bình Thủy', 'Cái Răng', 'Thốt Nốt'],
    h: ['Vĩnh Thạnh', 'Cờ Đỏ', 'Phong Điền', 'Thới Lai'],
  },
  {
    name: 'Hậu Giang', type: T, until: UNTIL_MERGER, successor: 'Cần Thơ',
    tp: ['Vị Thanh', 'Ngã Bảy'],
    tx: ['Long Mỹ'],
    h: ['Châu Thành A', 'Châu Thành', 'Phụng Hiệp', 'Vị Thủy', 'Long Mỹ'],
  },
  {
    name: 'Sóc Trăng', type: T, until: UNTIL_MERGER, successor: 'Cần Thơ',
    tp: ['Sóc Trăng'],
    tx: ['Ngã Năm', 'Vĩnh Châu'],
    h: ['Châu Thành', 'Kế Sách', 'Mỹ Tú', 'Cù Lao Dung', 'Long Phú', 'Mỹ Xuyên', 'Thạnh Trị', 'Trần Đề'],
  },
  {
    name: 'Bạc Liêu', type: T, until: UNTIL_MERGER, successor: 'Cà Mau',
    tp: ['Bạc Liêu'],
    tx: ['Giá Rai'],
    h: ['Hồng Dân', 'Phước Long', 'Vĩnh Lợi', 'Đông Hải', 'Hòa Bình'],
  },
  {
    name: 'Cà Mau', type: T,
    tp: ['Cà Mau'],
    h: ['U Minh', 'Thới Bình', 'Trần Văn Thời', 'Cái Nước', 'Đầm Dơi', 'Năm Căn', 'Phú Tân', 'Ngọc Hiển'],
  },
];
