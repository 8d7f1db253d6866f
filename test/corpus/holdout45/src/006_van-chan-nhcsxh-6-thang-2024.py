TEXT = '''
YÊN BÁI TV - ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH YÊN BÁI
Cập nhật lúc 16:45 ngày 09/07/2024

Tin tức > Kinh tế

Văn Chấn: Dư nợ tín dụng chính sách đạt trên 724 tỷ đồng

YBTV - Đến ngày 30/6/2024, tổng dư nợ các chương trình tín dụng chính sách do Phòng giao dịch Ngân hàng Chính sách xã hội huyện Văn Chấn quản lý đạt 724,6 tỷ đồng, tăng 38,2 tỷ đồng so với đầu năm, hoàn thành 98,7% kế hoạch tăng trưởng dư nợ được giao, với 15.280 hộ còn dư nợ.

Trong 6 tháng đầu năm, doanh số cho vay đạt 156,3 tỷ đồng với 3.105 lượt hộ được vay vốn; doanh số thu nợ 118,1 tỷ đồng. Bình quân mỗi hộ vay khoảng 50,3 triệu đồng.

Dư nợ một số chương trình chính đến 30/6:
- Cho vay hộ nghèo: 92,5 tỷ đồng, 1.836 hộ;
- Cho vay hộ cận nghèo: 168,4 tỷ đồng, 3.412 hộ;
- Cho vay giải quyết việc làm: 131,7 tỷ đồng;
- Cho vay nước sạch và vệ sinh môi trường nông thôn: 96,2 tỷ đồng.

Vốn vay trong 6 tháng đã giúp 412 hộ thoát nghèo, tạo việc làm cho 685 lao động, xây dựng 1.260 công trình nước sạch, nhà tiêu hợp vệ sinh.

Chất lượng tín dụng được duy trì tốt: toàn huyện có 30/31 xã, thị trấn không có nợ quá hạn; nợ quá hạn chỉ còn 0,87 tỷ đồng, chiếm 0,12% tổng dư nợ.

Hiện Phòng giao dịch đang ủy thác qua 4 tổ chức chính trị - xã hội với 246 Tổ tiết kiệm và vay vốn. Từ ngày 1/7/2024, mức cho vay tối đa đối với chương trình cho vay giải quyết việc làm được nâng lên 100 triệu đồng/hộ.

Ảnh: Giải ngân vốn vay tại Điểm giao dịch xã Sơn Thịnh. (Ảnh: Thu Trang)

Gia đình anh Hoàng Văn Tùng ở thôn Bản Tủ, xã Sơn Thịnh vay 80 triệu đồng trồng 2 ha quế và nuôi 20 con lợn, mỗi năm thu lãi hơn 60 triệu đồng.

6 tháng cuối năm, Phòng giao dịch phấn đấu tăng thêm 12,6 tỷ đồng dư nợ để hoàn thành 100% kế hoạch năm.

Thu Trang - Hoàng Hiệp

Tin khác:
- Lục Yên: 6 tháng thu ngân sách đạt 58% dự toán
- Trạm Tấu: Hơn 200 hộ được vay vốn phát triển sản xuất

Đài PT-TH Yên Bái - Địa chỉ: Đường Điện Biên, phường Đồng Tâm, TP. Yên Bái. ĐT: 0216.3852.360
'''
META = {'published': '2024-07-09', 'locality': 'huyện Văn Chấn'}
DEFAULTS = {'locality': 'huyện Văn Chấn', 'period': '2024-M06', 'modality': 'actual'}
H1 = {'period': '2024-H1'}
FIGS = [
 ('trên 724 tỷ đồng', '724 tỷ đồng', 'level', 'VND', dict(bound='over')),
 ('đạt 724,6 tỷ đồng', '724,6 tỷ đồng', 'level', 'VND', dict()),
 ('tăng 38,2 tỷ đồng', '38,2 tỷ đồng', 'change', 'VND', dict(direction='up', base='previous_period')),
 ('hoàn thành 98,7% kế hoạch', '98,7%', 'attainment', '%', dict(base='target')),
 ('với 15.280 hộ', '15.280', 'level', 'hộ', dict()),
 ('đạt 156,3 tỷ đồng', '156,3 tỷ đồng', 'level', 'VND', dict(H1)),
 ('với 3.105 lượt hộ', '3.105', 'level', 'lượt hộ', dict(H1)),
 ('nợ 118,1 tỷ đồng', '118,1 tỷ đồng', 'level', 'VND', dict(H1)),
 ('khoảng 50,3 triệu đồng', '50,3 triệu đồng', 'level', 'VND/hộ', dict(H1, bound='about')),
 ('nghèo: 92,5 tỷ đồng', '92,5 tỷ đồng', 'level', 'VND', dict()),
 ('1.836 hộ', '1.836', 'level', 'hộ', dict()),
 ('nghèo: 168,4 tỷ đồng', '168,4 tỷ đồng', 'level', 'VND', dict()),
 ('3.412 hộ', '3.412', 'level', 'hộ', dict()),
 ('làm: 131,7 tỷ đồng', '131,7 tỷ đồng', 'level', 'VND', dict()),
 ('thôn: 96,2 tỷ đồng', '96,2 tỷ đồng', 'level', 'VND', dict()),
 ('giúp 412 hộ', '412', 'level', 'hộ', dict(H1, indicator='households_out_of_poverty')),
 ('cho 685 lao động', '685', 'level', 'lao động', dict(H1, indicator='jobs_created')),
 ('dựng 1.260 công trình', '1.260', 'level', 'công trình', dict(H1)),
 ('có 30/31 xã', '30/31', 'ratio', 'xã', dict(H1)),
 ('còn 0,87 tỷ đồng', '0,87 tỷ đồng', 'level', 'VND', dict(H1)),
 ('chiếm 0,12%', '0,12%', 'level', '%', dict(H1)),
 ('qua 4 tổ chức', '4', 'level', 'tổ chức', dict(optional=True)),
 ('với 246 Tổ', '246', 'level', 'tổ', dict(optional=True)),
 ('lên 100 triệu đồng/hộ', '100 triệu đồng/hộ', 'level', 'VND/hộ', dict(optional=True)),
 ('thêm 12,6 tỷ đồng', '12,6 tỷ đồng', 'change', 'VND', dict(period='2024-H2', modality='target', direction='up')),
 ('hoàn thành 100% kế hoạch', '100%', 'attainment', '%', dict(period='2024', modality='target', base='target')),
]
