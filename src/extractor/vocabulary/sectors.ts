// The economy's sectors as papers name them, for the readers that tell a sector's figures from the whole economy's
// (resolve-indicator.ts, sector-subject.ts, sector-growth.ts). Pattern sources, lower-case, canonical tones.

/** Farming in full or short: "nông, lâm nghiệp và thủy sản", "nông - lâm - thủy sản" (or with en dashes, "nông – lâm –
 *  thủy sản", or tight, "nông-lâm-thủy sản"), "nông, lâm, thủy"; FARMING_HEAD is its name up to the last word
 *  ("nông - lâm - "). */
export const FARMING_HEAD = String.raw`nông(?:,? | ?[-–—] ?)lâm(?: nghiệp)?(?:,? | và | ?[-–—] ?)`;
export const FARMING = String.raw`${FARMING_HEAD}thủy(?: sản)?`;

/** Kinds of economy, each its own measure, not the whole economy's: "kinh tế số", "kinh tế tập thể", "kinh tế biển". */
export const ECONOMY_KINDS = ['số', 'tư nhân', 'tập thể', 'hợp tác', 'biển', 'đêm', 'xanh', 'tuần hoàn', 'nhà nước', 'ngoài nhà nước',
  'nông nghiệp', 'nông thôn', 'du lịch', 'vườn', 'trang trại', 'hộ', 'hộ gia đình', 'cửa khẩu', 'đối ngoại', 'chia sẻ',
  'có vốn đầu tư nước ngoài', 'fdi'];
// "Kinh tế vùng Đồng bằng sông Hồng tăng 7,9%": the economy of a named region; "kinh tế vùng" alone is regional
// economics, a field, as the kinds above are (economy-grew.ts).
export const ECONOMIC_REGIONS = ['đồng bằng sông hồng', 'đồng bằng sông cửu long', 'trung du và miền núi phía bắc', 'trung du miền núi phía bắc',
  'bắc trung bộ', 'nam trung bộ', 'duyên hải miền trung', 'bắc trung bộ và duyên hải miền trung', 'tây nguyên', 'đông nam bộ', 'tây nam bộ'];

/** The branches of farming: "chăn nuôi", "trồng trọt", "thủy sản", "lâm nghiệp", "dịch vụ nông nghiệp". */
export const FARM_BRANCHES = String.raw`chăn nuôi|trồng trọt|thủy sản|lâm nghiệp|dịch vụ nông nghiệp`;

/** "khu vực thành thị", "khu vực nông thôn": kinds of place, not sectors of the economy ("tỷ lệ hộ nghèo khu vực
 *  thành thị chiếm 0,39%" is a poverty rate). Whole words after "khu vực ". */
export const AREAS_NOT_SECTORS = ['thành thị', 'nông thôn', 'đô thị', 'miền núi', 'đồng bằng', 'biên giới', 'ven biển', 'nội thành',
  'ngoại thành', 'trung tâm', 'vùng sâu', 'vùng cao'];

/** "khu vực Long An cũ", "khu vực Bà Rịa - Vũng Tàu (cũ)", "khu vực phường Phú Cường cũ": a former unit inside a merged
 *  one is a part of the territory, not a sector, whatever its name (read from the text right after "khu vực "). */
export const FORMER_UNIT_AREA = /^(?:(?:tỉnh|thành phố|huyện|thị xã|quận|xã|phường|thị trấn) )?[\p{L}\p{M}]+(?: (?:-|[\p{L}\p{M}]+)){0,5} \(?cũ\)?(?!\p{L})(?!\p{M})/u;

/** The words that name each of the three sectors when a list names them one after another (farming, industry and
 *  building, trade and services), in that order of groups: "nông, lâm, thủy sản; công nghiệp - xây dựng; dịch vụ". */
export const SECTOR_GROUP_WORDS: readonly (readonly string[])[] = [['nông', 'lâm', 'thủy', 'ngư'], ['công nghiệp', 'xây dựng'],
  ['thương mại', 'dịch vụ', 'du lịch']];
