// The sites the content script runs on without asking: Vietnamese news outlets and government portals.
// The manifest is generated from this list, and UIs may reuse it (e.g. to tell "a known news site" from a site the
// user added at run time through optional host permissions). Any other site is granted one by one by the user,
// never by widening this list to <all_urls>.

export type NewsSiteKind = 'provincial' | 'provincial-tv' | 'national' | 'government';

export interface NewsSite {
  /** Registrable host without "www."; the match pattern covers every subdomain, http and https. */
  readonly host: string;
  /** The outlet's name as readers know it. */
  readonly name: string;
  readonly kind: NewsSiteKind;
  /** Province or centrally-run city the outlet belongs to (provincial papers and TV only). */
  readonly province?: string;
  /** A city daily read across the country (Người Lao Động, Pháp Luật TP. Hồ Chí Minh): it prints the country's news as
   *  much as its city's, so its city is no fallback place for what it prints (homeProvinceOf). */
  readonly nationwide?: true;
}

const provincial = (host: string, name: string, province: string): NewsSite => ({ host, name, kind: 'provincial', province });
const tv = (host: string, name: string, province: string): NewsSite => ({ host, name, kind: 'provincial-tv', province });
const national = (host: string, name: string): NewsSite => ({ host, name, kind: 'national' });
const cityDaily = (host: string, name: string, province: string): NewsSite => ({ host, name, kind: 'provincial', province, nationwide: true });

/** Party/provincial newspapers, one or more per province (the 63 provinces before the 2025 merger, whose papers and
 * domains live on). Where a paper has moved domain, both names are kept so older links still work. */
const PROVINCIAL: readonly NewsSite[] = [
  // Mekong Delta
  provincial('baodongkhoi.vn', 'Báo Đồng Khởi', 'Bến Tre'),
  provincial('baoapbac.vn', 'Báo Ấp Bắc', 'Tiền Giang'),
  provincial('baolongan.vn', 'Báo Long An', 'Long An'),
  provincial('baovinhlong.com.vn', 'Báo Vĩnh Long', 'Vĩnh Long'),
  provincial('baovinhlong.vn', 'Báo Vĩnh Long', 'Vĩnh Long'),
  provincial('baotravinh.vn', 'Báo Trà Vinh', 'Trà Vinh'),
  provincial('baodongthap.vn', 'Báo Đồng Tháp', 'Đồng Tháp'),
  provincial('baodongthap.com.vn', 'Báo Đồng Tháp', 'Đồng Tháp'),
  provincial('baoangiang.com.vn', 'Báo An Giang', 'An Giang'),
  provincial('baocantho.com.vn', 'Báo Cần Thơ', 'Cần Thơ'),
  provincial('baohaugiang.com.vn', 'Báo Hậu Giang', 'Hậu Giang'),
  provincial('baosoctrang.org.vn', 'Báo Sóc Trăng', 'Sóc Trăng'),
  provincial('baobaclieu.vn', 'Báo Bạc Liêu', 'Bạc Liêu'),
  provincial('baocamau.vn', 'Báo Cà Mau', 'Cà Mau'),
  provincial('baocamau.com.vn', 'Báo Cà Mau', 'Cà Mau'),
  provincial('baokiengiang.vn', 'Báo Kiên Giang', 'Kiên Giang'),
  // South East
  cityDaily('sggp.org.vn', 'Báo Sài Gòn Giải Phóng', 'TP. Hồ Chí Minh'),
  provincial('hcmcpv.org.vn', 'Cổng TTĐT Đảng bộ TP. Hồ Chí Minh', 'TP. Hồ Chí Minh'),
  cityDaily('nld.com.vn', 'Báo Người Lao Động', 'TP. Hồ Chí Minh'),
  cityDaily('plo.vn', 'Báo Pháp Luật TP. Hồ Chí Minh', 'TP. Hồ Chí Minh'),
  provincial('baobinhduong.vn', 'Báo Bình Dương', 'Bình Dương'),
  provincial('baobinhphuoc.com.vn', 'Báo Bình Phước', 'Bình Phước'),
  provincial('baodongnai.com.vn', 'Báo Đồng Nai', 'Đồng Nai'),
  provincial('baotayninh.vn', 'Báo Tây Ninh', 'Tây Ninh'),
  provincial('baobariavungtau.com.vn', 'Báo Bà Rịa - Vũng Tàu', 'Bà Rịa - Vũng Tàu'),
  // Central Highlands
  provincial('baolamdong.vn', 'Báo Lâm Đồng', 'Lâm Đồng'),
  provincial('baodaklak.vn', 'Báo Đắk Lắk', 'Đắk Lắk'),
  provincial('baodaknong.vn', 'Báo Đắk Nông', 'Đắk Nông'),
  provincial('baodaknong.org.vn', 'Báo Đắk Nông', 'Đắk Nông'),
  provincial('baogialai.com.vn', 'Báo Gia Lai', 'Gia Lai'),
  provincial('baokontum.com.vn', 'Báo Kon Tum', 'Kon Tum'),
  // South Central Coast
  provincial('baodanang.vn', 'Báo Đà Nẵng', 'Đà Nẵng'),
  provincial('baoquangnam.vn', 'Báo Quảng Nam', 'Quảng Nam'),
  provincial('baoquangngai.vn', 'Báo Quảng Ngãi', 'Quảng Ngãi'),
  provincial('baobinhdinh.vn', 'Báo Bình Định', 'Bình Định'),
  provincial('baobinhdinh.com.vn', 'Báo Bình Định', 'Bình Định'),
  provincial('baophuyen.vn', 'Báo Phú Yên', 'Phú Yên'),
  provincial('baophuyen.com.vn', 'Báo Phú Yên', 'Phú Yên'),
  provincial('baokhanhhoa.vn', 'Báo Khánh Hòa', 'Khánh Hòa'),
  provincial('baoninhthuan.com.vn', 'Báo Ninh Thuận', 'Ninh Thuận'),
  provincial('baobinhthuan.com.vn', 'Báo Bình Thuận', 'Bình Thuận'),
  // North Central Coast
  provincial('baothanhhoa.vn', 'Báo Thanh Hóa', 'Thanh Hóa'),
  provincial('baonghean.vn', 'Báo Nghệ An', 'Nghệ An'),
  provincial('baohatinh.vn', 'Báo Hà Tĩnh', 'Hà Tĩnh'),
  provincial('baoquangbinh.vn', 'Báo Quảng Bình', 'Quảng Bình'),
  provincial('baoquangtri.vn', 'Báo Quảng Trị', 'Quảng Trị'),
  provincial('baothuathienhue.vn', 'Báo Thừa Thiên Huế', 'Thừa Thiên Huế'),
  provincial('huengaynay.vn', 'Huế Ngày Nay', 'Thừa Thiên Huế'),
  provincial('baohue.vn', 'Báo Huế', 'Thừa Thiên Huế'),
  // Red River Delta
  provincial('hanoimoi.vn', 'Báo Hànộimới', 'Hà Nội'),
  provincial('hanoimoi.com.vn', 'Báo Hànộimới', 'Hà Nội'),
  cityDaily('kinhtedothi.vn', 'Báo Kinh tế & Đô thị', 'Hà Nội'),
  provincial('baohaiphong.vn', 'Báo Hải Phòng', 'Hải Phòng'),
  provincial('baohaiphong.com.vn', 'Báo Hải Phòng', 'Hải Phòng'),
  provincial('baoquangninh.vn', 'Báo Quảng Ninh', 'Quảng Ninh'),
  provincial('baoquangninh.com.vn', 'Báo Quảng Ninh', 'Quảng Ninh'),
  provincial('baohaiduong.vn', 'Báo Hải Dương', 'Hải Dương'),
  provincial('baohungyen.vn', 'Báo Hưng Yên', 'Hưng Yên'),
  provincial('baothaibinh.com.vn', 'Báo Thái Bình', 'Thái Bình'),
  provincial('baonamdinh.vn', 'Báo Nam Định', 'Nam Định'),
  provincial('baonamdinh.com.vn', 'Báo Nam Định', 'Nam Định'),
  provincial('baohanam.com.vn', 'Báo Hà Nam', 'Hà Nam'),
  provincial('baoninhbinh.org.vn', 'Báo Ninh Bình', 'Ninh Bình'),
  provincial('baobacninh.vn', 'Báo Bắc Ninh', 'Bắc Ninh'),
  provincial('baobacninh.com.vn', 'Báo Bắc Ninh', 'Bắc Ninh'),
  provincial('baovinhphuc.com.vn', 'Báo Vĩnh Phúc', 'Vĩnh Phúc'),
  // Northern midlands and mountains
  provincial('baobacgiang.vn', 'Báo Bắc Giang', 'Bắc Giang'),
  provincial('baobacgiang.com.vn', 'Báo Bắc Giang', 'Bắc Giang'),
  provincial('baophutho.vn', 'Báo Phú Thọ', 'Phú Thọ'),
  provincial('baothainguyen.vn', 'Báo Thái Nguyên', 'Thái Nguyên'),
  provincial('baotuyenquang.com.vn', 'Báo Tuyên Quang', 'Tuyên Quang'),
  provincial('baohagiang.vn', 'Báo Hà Giang', 'Hà Giang'),
  provincial('baocaobang.vn', 'Báo Cao Bằng', 'Cao Bằng'),
  provincial('baobackan.vn', 'Báo Bắc Kạn', 'Bắc Kạn'),
  provincial('baobackan.org.vn', 'Báo Bắc Kạn', 'Bắc Kạn'),
  provincial('baolangson.vn', 'Báo Lạng Sơn', 'Lạng Sơn'),
  provincial('baolaocai.vn', 'Báo Lào Cai', 'Lào Cai'),
  provincial('baoyenbai.com.vn', 'Báo Yên Bái', 'Yên Bái'),
  provincial('baodienbienphu.com.vn', 'Báo Điện Biên Phủ', 'Điện Biên'),
  provincial('baolaichau.vn', 'Báo Lai Châu', 'Lai Châu'),
  provincial('baosonla.vn', 'Báo Sơn La', 'Sơn La'),
  provincial('baosonla.org.vn', 'Báo Sơn La', 'Sơn La'),
  provincial('baohoabinh.com.vn', 'Báo Hòa Bình', 'Hòa Bình'),
];

/** Provincial radio-television stations that publish written news. */
const PROVINCIAL_TV: readonly NewsSite[] = [
  tv('thvl.vn', 'Đài PT-TH Vĩnh Long', 'Vĩnh Long'),
  tv('thdt.vn', 'Đài PT-TH Đồng Tháp', 'Đồng Tháp'),
  tv('atv.org.vn', 'Đài PT-TH An Giang', 'An Giang'),
  tv('canthotv.vn', 'Đài PT-TH Cần Thơ', 'Cần Thơ'),
  tv('thtg.vn', 'Đài PT-TH Tiền Giang', 'Tiền Giang'),
  tv('la34.com.vn', 'Đài PT-TH Long An', 'Long An'),
  tv('thtpct.vn', 'Đài PT-TH TP. Cần Thơ', 'Cần Thơ'),
  tv('htv.com.vn', 'Đài Truyền hình TP. Hồ Chí Minh', 'TP. Hồ Chí Minh'),
  tv('hanoionline.vn', 'Đài PT-TH Hà Nội', 'Hà Nội'),
  tv('qtv.vn', 'Trung tâm Truyền thông Quảng Ninh', 'Quảng Ninh'),
  tv('dnrtv.org.vn', 'Đài PT-TH Đà Nẵng', 'Đà Nẵng'),
  tv('btv.org.vn', 'Đài PT-TH Bình Thuận', 'Bình Thuận'),
  tv('ktv.org.vn', 'Đài PT-TH Khánh Hòa', 'Khánh Hòa'),
  tv('trt.com.vn', 'Đài PT-TH Thừa Thiên Huế', 'Thừa Thiên Huế'),
  tv('truyenhinhnghean.vn', 'Đài PT-TH Nghệ An', 'Nghệ An'),
  tv('thanhhoatv.vn', 'Đài PT-TH Thanh Hóa', 'Thanh Hóa'),
  tv('haiphongtv.vn', 'Đài PT-TH Hải Phòng', 'Hải Phòng'),
  tv('dongnaitv.vn', 'Đài PT-TH Đồng Nai', 'Đồng Nai'),
  tv('btv.vn', 'Đài PT-TH Bình Dương', 'Bình Dương'),
];

/** National outlets: the press agency, the Party, government and army papers, and the widely read dailies. */
const NATIONAL: readonly NewsSite[] = [
  national('vnexpress.net', 'VnExpress'),
  national('tuoitre.vn', 'Tuổi Trẻ'),
  national('thanhnien.vn', 'Thanh Niên'),
  national('nhandan.vn', 'Nhân Dân'),
  national('baochinhphu.vn', 'Báo Chính phủ'),
  national('vietnamplus.vn', 'VietnamPlus (TTXVN)'),
  national('baotintuc.vn', 'Báo Tin tức (TTXVN)'),
  national('vnanet.vn', 'Thông tấn xã Việt Nam'),
  national('dantri.com.vn', 'Dân trí'),
  national('vtv.vn', 'VTV'),
  national('vov.vn', 'VOV'),
  national('qdnd.vn', 'Quân đội Nhân dân'),
  national('cand.com.vn', 'Công an Nhân dân'),
  national('laodong.vn', 'Lao Động'),
  national('tienphong.vn', 'Tiền Phong'),
  national('vietnamnet.vn', 'VietNamNet'),
  national('znews.vn', 'Znews'),
  national('baodautu.vn', 'Báo Đầu tư'),
  national('thoibaotaichinhvietnam.vn', 'Thời báo Tài chính Việt Nam'),
  national('nongnghiep.vn', 'Nông nghiệp Việt Nam'),
  national('daidoanket.vn', 'Đại Đoàn Kết'),
  national('daibieunhandan.vn', 'Đại biểu Nhân dân'),
  national('tapchicongsan.org.vn', 'Tạp chí Cộng sản'),
  national('dangcongsan.vn', 'Báo điện tử Đảng Cộng sản Việt Nam'),
  national('kinhtemoitruong.vn', 'Kinh tế & Môi trường'),
  national('vneconomy.vn', 'VnEconomy'),
  national('cafef.vn', 'CafeF'),
  national('baophapluat.vn', 'Báo Pháp luật Việt Nam'),
  national('nguoiduatin.vn', 'Người Đưa Tin'),
  national('giaoducthoidai.vn', 'Giáo dục & Thời đại'),
  national('suckhoedoisong.vn', 'Sức khỏe & Đời sống'),
];

/** Government portals: every ministry, province and district site lives under gov.vn. */
const GOVERNMENT: readonly NewsSite[] = [{ host: 'gov.vn', name: 'Cổng thông tin điện tử nhà nước', kind: 'government' }];

export const NEWS_SITES: readonly NewsSite[] = [...PROVINCIAL, ...PROVINCIAL_TV, ...NATIONAL, ...GOVERNMENT];

/** `*://*.host/*` covers http and https, the bare host, www. and any other subdomain, on any port. */
export function matchPatternFor(host: string): string {
  return `*://*.${host}/*`;
}

/** Every match pattern the content script is declared for, without duplicates, in list order. */
export const NEWS_SITE_MATCHES: readonly string[] = [...new Set(NEWS_SITES.map((site) => matchPatternFor(site.host)))];

/** The known site a hostname belongs to (the longest host that is the name itself or a parent of it), if any. */
export function findNewsSite(hostname: string): NewsSite | undefined {
  const name = hostname.toLowerCase().replace(/\.$/, '');
  let best: NewsSite | undefined;
  for (const site of NEWS_SITES) {
    if ((name === site.host || name.endsWith(`.${site.host}`)) && (!best || site.host.length > best.host.length)) best = site;
  }
  return best;
}

/**
 * The province a page on this site is about when the page names no place of its own (the extractor's fallback place):
 * a provincial paper's or station's ("baolamdong.vn" → "Lâm Đồng"); none for city dailies read nationwide, national
 * outlets, portals, unknown sites and anything that is no URL.
 */
export function homeProvinceOf(url: string | undefined): string | undefined {
  if (url === undefined) return undefined;
  let hostname: string;
  try {
    hostname = new URL(url).hostname;
  } catch {
    return undefined;
  }
  const site = findNewsSite(hostname);
  return site && !site.nationwide ? site.province : undefined;
}
