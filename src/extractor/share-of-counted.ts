// "phấn đấu doanh thu thương mại điện tử tăng 25 - 30%, 50% hộ kinh doanh trên địa bàn ứng dụng bán hàng đa kênh": a
// percentage that goes straight on to the households, firms or people it is a share of opens an item of its own, so it
// does not share the verb of the figure before it (share-of-counted-after-change). A bare list of rises ("tăng lần lượt
// 3,1%, 9,8% và 7,5%") is followed by no such noun.
const COUNTED_WHOLE_AFTER = /^ (?:số |tổng số )?(?:hộ kinh doanh|hộ gia đình|hộ dân|hộ|doanh nghiệp|hợp tác xã|người dân|người|lao động|dân số|cơ sở|xã|phường|thôn|trường|học sinh|trẻ em|cửa hàng|chợ)(?!\p{L})(?!\p{M})/u;
const REACH = 24;

/** The percentage ending at `end` is followed by the counted whole it is a share of. */
export function sharesCountedWhole(lower: string, end: number): boolean {
  return COUNTED_WHOLE_AFTER.test(lower.slice(end, end + REACH));
}
