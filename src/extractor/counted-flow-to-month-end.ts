// "Đến hết tháng 11, toàn tỉnh giải quyết việc làm cho 58.230 lao động, đạt 97% kế hoạch năm", "Tính đến hết tháng 11/2024,
// toàn tỉnh có 5.230 người đi làm việc ở nước ngoài": the year's counts of workers placed, workers sent abroad, trainees,
// party members admitted and firms founded are flows summed from January, as revenue and disbursement are, so a sentence
// that opens on a month's end gives them the months elapsed (counted-flow-to-month-end). Their verb may come after the
// count ("có 2.150 doanh nghiệp thành lập mới"), so the indicator, not a verb, says which they are.
export const COUNTED_FLOWS: ReadonlySet<string> = new Set([
  'jobs_created', 'new_jobs', 'labour_export', 'vocational_training', 'new_party_members', 'new_enterprises', 'households_out_of_poverty',
]);
