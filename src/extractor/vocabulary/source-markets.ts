// The countries and regions provincial papers name as tourism's source markets ("khách Trung Quốc", "thị trường Hàn
// Quốc", "- Nhật Bản: 640.000 lượt"). Names that are also Vietnamese places or words ("Mỹ" in "Mỹ Tho", "Lào" in "Lào
// Cai", "Anh") are read only where their use is plain: as an item's label before its colon.
export const SOURCE_MARKETS = ['trung quốc', 'hàn quốc', 'nhật bản', 'hoa kỳ', 'đài loan', 'australia', 'úc', 'nga', 'ấn độ',
  'thái lan', 'malaysia', 'singapore', 'pháp', 'đức', 'campuchia', 'philippines', 'indonesia', 'canada', 'hồng kông',
  'châu âu', 'tây âu', 'bắc âu', 'đông nam á', 'asean', 'italia', 'tây ban nha', 'hà lan', 'thụy sĩ', 'israel',
  'kazakhstan', 'new zealand', 'vương quốc anh'];
/** Plain only as a label ("Mỹ: 720.000 lượt"). */
export const SOURCE_MARKET_LABELS = ['mỹ', 'lào', 'anh'];
