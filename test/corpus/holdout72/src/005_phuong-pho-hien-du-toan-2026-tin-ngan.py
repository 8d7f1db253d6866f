TEXT = '''
Báo Hưng Yên điện tử
19/12/2025 08:05

Phường Phố Hiến: Dự toán thu ngân sách năm 2026 là 312 tỷ đồng

Ngày 18/12, HĐND phường Phố Hiến khóa I tổ chức kỳ họp thứ tư (kỳ họp thường lệ cuối năm 2025).

6 tháng cuối năm 2025, kể từ khi phường đi vào hoạt động theo mô hình chính quyền địa phương hai cấp, thu ngân sách nhà nước trên địa bàn ước đạt 186,4 tỷ đồng, bằng 124,3% dự toán tỉnh giao; chi ngân sách phường ước 62,7 tỷ đồng.

Kỳ họp đã thông qua dự toán thu ngân sách nhà nước trên địa bàn phường năm 2026 là 312 tỷ đồng, trong đó thu tiền sử dụng đất 205 tỷ đồng; dự toán chi ngân sách phường 118,5 tỷ đồng, gồm chi đầu tư phát triển 54 tỷ đồng, chi thường xuyên 61,2 tỷ đồng và dự phòng 3,3 tỷ đồng. Kế hoạch đầu tư công năm 2026 của phường là 48 tỷ đồng, bố trí cho 9 dự án chỉnh trang đô thị và hạ tầng khu dân cư.

Thảo luận tại kỳ họp, nhiều đại biểu lo ngại dự toán thu tiền sử dụng đất năm 2026 quá cao so với khả năng thực hiện. Giải trình ý kiến đại biểu, ông Đỗ Văn Hùng, Chủ tịch UBND phường cho biết, năm 2026 phường sẽ tổ chức đấu giá quyền sử dụng đất tại 6 khu đất với tổng diện tích khoảng 12,5 ha, đồng thời đôn đốc thu nợ tiền thuê đất của các doanh nghiệp trên địa bàn.

Kỳ họp cũng xem xét, thông qua 8 nghị quyết quan trọng khác.

Quang Hưng

Tin cùng chuyên mục:
- Xã Tiên Lữ thông qua 12 chỉ tiêu phát triển kinh tế - xã hội năm 2026
- Hưng Yên giao dự toán ngân sách năm 2026 cho 104 xã, phường

Cơ quan chủ quản: Tỉnh ủy Hưng Yên. Đường dây nóng: 0221.3862.188
'''
META = {'published': '2025-12-19', 'locality': 'phường Phố Hiến'}
DEFAULTS = {'locality': 'phường Phố Hiến', 'period': '2026', 'modality': 'target', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'period': '2025-H2', 'modality': 'estimate'}
EXP = {'indicator': 'budget_expenditure'}
FIGS = [
 ('năm 2026 là 312 tỷ đồng\n', '312 tỷ đồng', 'level', 'VND', d()),
 ('ước đạt 186,4 tỷ đồng', '186,4 tỷ đồng', 'level', 'VND', d(E)),
 ('bằng 124,3% dự toán', '124,3%', 'attainment', '%', d(E, base='target')),
 ('ước 62,7 tỷ đồng', '62,7 tỷ đồng', 'level', 'VND', d(E, EXP)),
 ('năm 2026 là 312 tỷ đồng,', '312 tỷ đồng', 'level', 'VND', d()),
 ('đất 205 tỷ đồng', '205 tỷ đồng', 'level', 'VND', d()),
 ('phường 118,5 tỷ đồng', '118,5 tỷ đồng', 'level', 'VND', d(EXP)),
 ('phát triển 54 tỷ đồng', '54 tỷ đồng', 'level', 'VND', d(EXP)),
 ('thường xuyên 61,2 tỷ đồng', '61,2 tỷ đồng', 'level', 'VND', d(EXP)),
 ('dự phòng 3,3 tỷ đồng', '3,3 tỷ đồng', 'level', 'VND', d(EXP)),
 ('là 48 tỷ đồng', '48 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('tại 6 khu đất', '6', 'level', 'khu đất', d(indicator=None)),
 ('khoảng 12,5 ha', '12,5 ha', 'level', 'ha', d(indicator=None, bound='about')),
 ('cho 9 dự án', '9', 'level', 'dự án', dict(optional=True)),
 ('thông qua 8 nghị quyết', '8', 'level', 'nghị quyết', dict(optional=True)),
]
