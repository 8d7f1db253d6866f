// The units below a commune that commune and ward reports count when they reach a standard: "có thêm hai tổ dân phố
// đạt chuẩn văn minh đô thị", "ba thôn đạt chuẩn nông thôn mới kiểu mẫu", "bốn khu dân cư được công nhận …"
// (spelled-village-counts).
export const VILLAGE_UNITS = ['tổ dân phố', 'khu dân cư', 'thôn', 'làng'];
