// The hover card's words: Vietnamese first, English when the browser speaks English. One typed shape for both.

export const cardVi = {
  label: 'Số liệu',
  modality: { actual: 'Thực hiện', estimate: 'Ước tính', target: 'Kế hoạch' },
  modalityHint: { actual: 'gạch chân liền', estimate: 'gạch chân nét đứt', target: 'gạch chân chấm' },
  earlier: 'Các kỳ trước trong thư viện',
  noEarlier: 'Chưa có số liệu cùng chỉ tiêu, địa phương trong thư viện.',
  loading: 'Đang tìm số liệu cũ…',
  notSaved: 'Bài chưa được lưu nên chưa so sánh được.',
  versusThis: (change: string) => `so với số này: ${change}`,
  correct: 'Sửa',
  dismiss: 'Không phải số liệu',
  dismissed: 'Đã bỏ số liệu này.',
  corrected: 'Đã lưu chỉnh sửa.',
  added: 'Đã thêm số liệu.',
  addSelection: 'Thêm số liệu đã chọn',
  save: 'Lưu',
  cancel: 'Hủy',
  close: 'Đóng',
  field: { value: 'Giá trị', unit: 'Đơn vị', indicator: 'Chỉ tiêu', locality: 'Địa phương', period: 'Kỳ (vd 2023, 2023-H1)', modality: 'Loại' },
  invalidValue: 'Giá trị phải là một số, ví dụ 1400 hoặc 0,69.',
  invalidPeriod: 'Kỳ viết như 2023, 2023-H1, 2023-Q1, 2023-9M, 2023-M07 hoặc 2020/2025.',
  noNumber: 'Đoạn đã chọn không có con số nào.',
  failed: (reason: string) => `Chưa làm được: ${reason}`,
};

export type CardStrings = typeof cardVi;

export const cardEn: CardStrings = {
  label: 'Figure',
  modality: { actual: 'Actual', estimate: 'Estimate', target: 'Target' },
  modalityHint: { actual: 'solid underline', estimate: 'dashed underline', target: 'dotted underline' },
  earlier: 'Earlier figures in the library',
  noEarlier: 'No figures of the same indicator and locality in the library yet.',
  loading: 'Looking for earlier figures…',
  notSaved: 'This article is not saved, so there is nothing to compare with.',
  versusThis: (change: string) => `compared with this: ${change}`,
  correct: 'Correct',
  dismiss: 'Not a figure',
  dismissed: 'Figure dismissed.',
  corrected: 'Correction saved.',
  added: 'Figure added.',
  addSelection: 'Add the selected figure',
  save: 'Save',
  cancel: 'Cancel',
  close: 'Close',
  field: { value: 'Value', unit: 'Unit', indicator: 'Indicator', locality: 'Locality', period: 'Period (e.g. 2023, 2023-H1)', modality: 'Kind' },
  invalidValue: 'The value must be a number, e.g. 1400 or 0.69.',
  invalidPeriod: 'Write the period as 2023, 2023-H1, 2023-Q1, 2023-9M, 2023-M07 or 2020/2025.',
  noNumber: 'The selected text holds no number.',
  failed: (reason: string) => `Could not do that: ${reason}`,
};

export function cardStrings(uiLanguage: string | undefined): CardStrings {
  return uiLanguage?.toLowerCase().startsWith('en') ? cardEn : cardVi;
}
