// Fishing seasons of the south-central coast, lower-case: "vụ cá Bắc" (December to April, so written with the two
// years it spans, "vụ cá Bắc 2022 - 2023") and "vụ cá Nam" (April to September, one year). A page reports each the
// way a crop season is reported: the season dates its figures, and "so với vụ cá Bắc năm trước" is the same season a
// year earlier.
export const FISHING_SEASONS = 'cá bắc|cá nam';
