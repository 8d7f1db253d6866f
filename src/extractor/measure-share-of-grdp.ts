// "Tổng vốn đầu tư toàn xã hội ước 21.950 tỷ đồng, chiếm 36,8% GRDP", "thu ngân sách … chiếm 15% GRDP": an amount that
// no sector of the economy is, weighed against the GRDP, keeps its own measure; a sector's or a branch's weight in the
// GRDP ("du lịch chiếm khoảng 20 - 25% GRDP") is a sector share (measure-share-of-grdp).
export const MEASURES_WEIGHED_AGAINST_GRDP: ReadonlySet<string> = new Set([
  'social_investment', 'budget_revenue', 'budget_expenditure', 'export_value', 'import_value', 'fdi', 'public_investment_disbursement',
]);
