TEXT = '''
BÁO THANH HOÁ
Thời sự | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Biển đảo
Thứ Ba, 05/07/2022 | 15:40 (GMT+7)

Kinh tế

Sản lượng thuỷ sản 6 tháng ước đạt hơn 107 nghìn tấn

(Baothanhhoa.vn) - Dù giá xăng dầu tăng cao khiến nhiều tàu cá phải nằm bờ, 6 tháng đầu năm 2022, tổng sản lượng thuỷ sản toàn tỉnh ước đạt 107.650 tấn, tăng 4,8% so với cùng kỳ, bằng 55,2% kế hoạch năm.

Theo Sở Nông nghiệp và Phát triển nông thôn, trong 6 tháng, sản lượng khai thác ước đạt 78.420 tấn, tăng 3,1%; sản lượng nuôi trồng ước đạt 29.230 tấn, tăng 9,6% so với cùng kỳ. Giá trị sản xuất thuỷ sản (giá so sánh 2010) ước đạt 2.846 tỷ đồng, tăng 5,3%. Kim ngạch xuất khẩu thuỷ sản ước đạt 68,5 triệu USD, tăng 12,4% so với cùng kỳ.

Các địa phương có sản lượng khai thác lớn là huyện Hậu Lộc, huyện Quảng Xương và thị xã Nghi Sơn, với sản lượng lần lượt là 21.340 tấn, 15.870 tấn và 14.120 tấn. Diện tích nuôi trồng thuỷ sản đạt 18.960 ha, bằng 98,5% cùng kỳ; sản xuất giống thuỷ sản ước đạt 2,7 tỷ con.

Tính đến ngày 30/6/2022, toàn tỉnh có 6.912 tàu cá, giảm 148 chiếc so với cuối năm 2021; trong đó có 1.186 tàu có chiều dài từ 15 m trở lên. Đến nay đã có 1.179/1.186 tàu lắp đặt thiết bị giám sát hành trình, đạt 99,4%; 7 tàu còn lại đang nằm bờ do hư hỏng, chuyển nghề.

Công tác chống khai thác hải sản bất hợp pháp, không báo cáo và không theo quy định (IUU) được triển khai quyết liệt. Trong 6 tháng, các lực lượng chức năng đã kiểm tra 2.415 lượt tàu cá ra, vào cảng, phát hiện và xử lý 63 vụ vi phạm, phạt tiền 1,38 tỷ đồng; sản lượng thuỷ sản bốc dỡ qua cảng được giám sát đạt 31.600 tấn. Từ đầu năm đến nay, không có tàu cá của tỉnh vi phạm vùng biển nước ngoài.

Ông Lê Văn Hùng (phường Quảng Tiến, TP Sầm Sơn), chủ tàu TH 90268-TS, cho biết: "Mỗi chuyến biển 12 ngày, tàu tiêu tốn khoảng 3.200 lít dầu, giá dầu hiện gần 30.000 đồng/lít nên chỉ đủ bù chi phí". Từ đầu năm, tàu của ông đã ra khơi 9 chuyến, mỗi chuyến được từ 8 - 10 tấn cá các loại.

Tàu cá của ngư dân xã Hoà Lộc (huyện Hậu Lộc) cập cảng cá Hoà Lộc. Ảnh: Lê Hợi

Để hoàn thành kế hoạch năm, 6 tháng cuối năm ngành thuỷ sản phấn đấu đạt sản lượng 88.000 tấn trở lên, đưa tổng sản lượng cả năm đạt 195.000 tấn; kim ngạch xuất khẩu thuỷ sản cả năm đạt 140 triệu USD.

Lê Hợi

Tin liên quan:
- Sầm Sơn đón hơn 2,1 triệu lượt khách trong 6 tháng (04/07/2022)
- Ngư dân Quảng Xương trúng đậm cá cơm đầu vụ (28/06/2022)
- Thanh Hoá: 6 tháng đầu năm thu ngân sách đạt 21.230 tỷ đồng (01/07/2022)

Báo Thanh Hoá - Cơ quan của Đảng bộ Đảng Cộng sản Việt Nam tỉnh Thanh Hoá. Giấy phép số 459/GP-BTTTT. Địa chỉ: 248 Trần Phú, TP Thanh Hoá. Điện thoại: 0237.3852.235
'''
META = {'published': '2022-07-05', 'locality': 'tỉnh Thanh Hóa'}
DEFAULTS = {'locality': 'tỉnh Thanh Hóa', 'period': '2022-H1', 'modality': 'actual'}
A = {'indicator': 'aquaculture_output'}
X = {'indicator': 'export_value'}
E = {'modality': 'estimate'}
UP = {'direction': 'up'}
S = {'base': 'same_period'}
M6 = {'period': '2022-M06'}
T = {'modality': 'target', 'period': '2022'}
FIGS = [
 ('ước đạt hơn 107 nghìn tấn', '107 nghìn tấn', 'level', 'tấn', dict(A, **E, bound='over')),
 ('ước đạt 107.650 tấn', '107.650 tấn', 'level', 'tấn', dict(A, **E)),
 ('tăng 4,8% so với cùng kỳ', '4,8%', 'change', '%', dict(A, **E, **UP, **S)),
 ('bằng 55,2% kế hoạch năm', '55,2%', 'attainment', '%', dict(A, **E, base='target')),
 ('ước đạt 78.420 tấn', '78.420 tấn', 'level', 'tấn', dict(A, **E)),
 # the chain of changes stops at ';' (chain-of-changes.test.ts; the spec: no 'so với', no base)
 ('tăng 3,1%', '3,1%', 'change', '%', dict(A, **E, **UP)),
 ('ước đạt 29.230 tấn', '29.230 tấn', 'level', 'tấn', dict(A, **E)),
 ('tăng 9,6% so với cùng kỳ', '9,6%', 'change', '%', dict(A, **E, **UP, **S)),
 ('ước đạt 2.846 tỷ đồng', '2.846 tỷ đồng', 'level', 'VND', dict(E)),
 ('tăng 5,3%', '5,3%', 'change', '%', dict(E, **UP)),
 ('ước đạt 68,5 triệu USD', '68,5 triệu USD', 'level', 'USD', dict(X, **E)),
 ('tăng 12,4% so với cùng kỳ', '12,4%', 'change', '%', dict(X, **E, **UP, **S)),
 ('lần lượt là 21.340 tấn', '21.340 tấn', 'level', 'tấn', dict(A, locality='huyện Hậu Lộc')),
 ('15.870 tấn', '15.870 tấn', 'level', 'tấn', dict(A, locality='huyện Quảng Xương')),
 ('14.120 tấn', '14.120 tấn', 'level', 'tấn', dict(A, locality='thị xã Nghi Sơn')),
 ('đạt 18.960 ha', '18.960 ha', 'level', 'ha', dict()),
 ('bằng 98,5% cùng kỳ', '98,5%', 'attainment', '%', dict(S)),
 ('ước đạt 2,7 tỷ con', '2,7 tỷ con', 'level', 'con', dict(E, value=2700000000)),
 ('có 6.912 tàu cá', '6.912', 'level', 'tàu cá', dict(M6)),
 ('giảm 148 chiếc', '148', 'change', 'chiếc', dict(M6, direction='down', base='2021')),
 ('có 1.186 tàu', '1.186', 'level', 'tàu', dict(M6)),
 ('có 1.179/1.186 tàu', '1.179/1.186', 'ratio', 'tàu', dict(M6)),
 ('đạt 99,4%', '99,4%', 'level', '%', dict(M6)),
 ('7 tàu còn lại', '7', 'level', 'tàu', dict(M6)),
 ('kiểm tra 2.415 lượt', '2.415', 'level', 'lượt tàu cá', dict()),
 ('xử lý 63 vụ', '63', 'level', 'vụ', dict()),
 ('phạt tiền 1,38 tỷ đồng', '1,38 tỷ đồng', 'level', 'VND', dict()),
 ('đạt 31.600 tấn', '31.600 tấn', 'level', 'tấn', dict()),
 ('sản lượng 88.000 tấn trở lên', '88.000 tấn', 'level', 'tấn', dict(A, modality='target', period='2022-H2', bound='at_least')),
 ('đạt 195.000 tấn', '195.000 tấn', 'level', 'tấn', dict(A, **T)),
 ('đạt 140 triệu USD', '140 triệu USD', 'level', 'USD', dict(X, **T)),
]
