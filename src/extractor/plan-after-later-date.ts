// "giải ngân vốn đầu tư công đến ngày 30/9 đạt trên 65% và cả năm đạt 100% kế hoạch": a share of the same measure at an
// earlier date, joined by "và" to its share at the year's end (or another date), is of the plan named after the last;
// a share of another measure joined the same way ("đạt 45% và thu ngân sách đạt 100% dự toán") is not.
// The words between name only the later date: "cả năm", "hết năm 2026", "đến cuối năm", "đến ngày 31/12", "quý IV".
const LATER_DATE = String.raw`(?:(?:đến |tính đến )?(?:hết |cuối )?(?:cả )?năm(?: (?:19|20)\d\d)?|(?:đến |trước )(?:hết )?ngày \d{1,2}[/-]\d{1,2}(?:[/-](?:19|20)\d\d)?|quý (?:iv|iii|ii|i|[1-4]))`;
const REACH = 90;

/** Builds the test for the plan nouns `plan` (an alternation): whether the text after a percentage reads
 *  "và <later date>,? (đạt|là)? <bound>? N% (của)? <plan>". */
export function createPlanAfterLaterDate(plan: string): (after: string) => boolean {
  const re = new RegExp(String.raw`^\s*và ${LATER_DATE},? (?:(?:giải ngân )?(?:đạt|là|được) )?(?:trên |hơn |khoảng |tối thiểu |ít nhất )?\d[\d.,]*\s*% (?:của )?${plan}(?!\p{L})(?!\p{M})`, 'u');
  return (after) => re.test(after.slice(0, REACH));
}
