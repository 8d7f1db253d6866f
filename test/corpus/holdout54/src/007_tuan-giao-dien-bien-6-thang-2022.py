TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH ĐIỆN BIÊN
Trang chủ | Tin tức | Thời sự | Kinh tế | Xã hội | Video

Cập nhật: 29/06/2022 17:30 | Lượt xem: 1.204

Tuần Giáo: Sản lượng lương thực 6 tháng ước đạt 52,3% kế hoạch

(ĐTV) - Sáng nay (29/6), Huyện ủy Tuần Giáo tổ chức hội nghị sơ kết công tác 6 tháng đầu năm, triển khai nhiệm vụ 6 tháng cuối năm 2022.

Trong 6 tháng, tổng sản lượng lương thực có hạt của huyện ước đạt 19.560 tấn, bằng 52,3% kế hoạch; trồng mới 312 ha rừng, nâng tỷ lệ che phủ rừng lên 38,6%. Thu ngân sách trên địa bàn đạt 21,4 tỷ đồng, bằng 61% dự toán tỉnh giao, gấp 1,3 lần cùng kỳ. Huyện đã giải quyết việc làm mới cho gần 1.100 lao động; số lao động đi làm việc có thời hạn ở nước ngoài tăng gấp đôi cùng kỳ.

Tỷ lệ hộ nghèo toàn huyện hiện còn 38,26%, giảm 2,14% so với đầu năm. Đến nay, huyện có 4/18 xã đạt chuẩn nông thôn mới; xã Quài Cang đạt 17/19 tiêu chí. Công tác phát triển đảng viên được quan tâm, 6 tháng kết nạp 126 đảng viên, đạt 50,4% chỉ tiêu năm.

Quang cảnh hội nghị. Ảnh: ĐTV

6 tháng cuối năm, Huyện ủy Tuần Giáo yêu cầu các cấp ủy, chính quyền tập trung hoàn thành 21 chỉ tiêu Nghị quyết năm 2022, trong đó tổng sản lượng lương thực đạt 37.400 tấn trở lên; tỷ lệ hộ nghèo giảm 4 - 5%; có thêm 1 xã đạt chuẩn nông thôn mới.

Quang Hưng - Thu Hà (Trung tâm VH-TT&TT huyện Tuần Giáo)

Thời lượng: 02:15

Tin khác
- Mường Ảng: Thu ngân sách 6 tháng đạt 58% dự toán (28/06/2022)
- Điện Biên Đông kết nạp 98 đảng viên mới (27/06/2022)

Địa chỉ: Số 868, đường Võ Nguyên Giáp, phường Mường Thanh, TP. Điện Biên Phủ. Đường dây nóng: 0215.3825.456
'''
META = {'published': '2022-06-29', 'locality': 'huyện Tuần Giáo'}
DEFAULTS = {'locality': 'huyện Tuần Giáo', 'period': '2022-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2022'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
FO = {'indicator': 'food_output'}
PR = {'indicator': 'poverty_rate'}
FIGS = [
 ('ước đạt 52,3% kế hoạch', '52,3%', 'attainment', '%', d(E, FO, base='target')),
 ('ước đạt 19.560 tấn', '19.560 tấn', 'level', 'tấn', d(E, FO)),
 ('bằng 52,3% kế hoạch', '52,3%', 'attainment', '%', d(E, FO, base='target')),
 ('mới 312 ha', '312 ha', 'level', 'ha', d()),
 ('lên 38,6%', '38,6%', 'level', '%', d(U, indicator='forest_cover')),
 ('đạt 21,4 tỷ đồng', '21,4 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('bằng 61% dự toán', '61%', 'attainment', '%', d(indicator='budget_revenue', base='target')),
 ('gấp 1,3 lần', '1,3', 'change', 'lần', d(U, SP, indicator='budget_revenue')),
 ('gần 1.100 lao động', '1.100', 'level', 'lao động', d(indicator='new_jobs', bound='nearly')),
 ('gấp đôi', 'đôi', 'change', 'lần', d(U, SP, indicator='labour_export', value=2)),
 ('còn 38,26%', '38,26%', 'level', '%', d(PR)),
 ('giảm 2,14%', '2,14%', 'change', '%', d(D, PR, base='2021')),
 ('có 4/18 xã', '4/18', 'ratio', 'xã', d(indicator='new_rural_communes')),
 ('đạt 17/19 tiêu chí', '17/19', 'ratio', 'tiêu chí', d(indicator='new_rural_criteria', locality='xã Quài Cang', status='achieved')),
 ('nạp 126 đảng viên', '126', 'level', 'đảng viên', d(indicator='new_party_members')),
 ('đạt 50,4% chỉ tiêu', '50,4%', 'attainment', '%', d(indicator='new_party_members', base='target')),
 ('hoàn thành 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(T, indicator='resolution_targets')),
 ('đạt 37.400 tấn', '37.400 tấn', 'level', 'tấn', d(T, FO, bound='at_least')),
 ('giảm 4 - 5%', '4 - 5%', 'change', '%', d(T, D, PR)),
 ('thêm 1 xã', '1', 'level', 'xã', d(T, indicator='new_rural_communes')),
]
