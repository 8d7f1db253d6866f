TEXT = '''
BÁO LÂM ĐỒNG
Chính trị | Kinh tế | Văn hóa - Xã hội | Du lịch | Đà Lạt
Cập nhật lúc 16:20, Thứ Tư, 01/06/2022 (GMT+7)

Tháng 5, kim ngạch xuất khẩu của Lâm Đồng tăng 9,2% so với tháng trước

(LĐ online) - Theo Sở Công Thương, tháng 5/2022, kim ngạch xuất khẩu trên địa bàn tỉnh ước đạt 98,6 triệu USD, tăng 9,2% so với tháng trước, tăng 21,5% so với cùng kỳ và bằng 9,4% kế hoạch năm. Lũy kế 5 tháng đầu năm, kim ngạch xuất khẩu đạt 431,2 triệu USD, tăng 17,8% so với cùng kỳ, bằng 41,1% kế hoạch năm (1.050 triệu USD).

Các mặt hàng xuất khẩu chủ lực 5 tháng đều tăng so với cùng kỳ: cà phê đạt 182,4 triệu USD, tăng 24,6%; rau, hoa các loại 58,3 triệu USD, tăng 12,1%; chè 21,7 triệu USD, tăng 5,2%. Riêng hàng dệt may giảm 6,4% do thiếu đơn hàng.

Kim ngạch nhập khẩu tháng 5 ước đạt 14,2 triệu USD, giảm 3,1% so với tháng 4; lũy kế 5 tháng đạt 76,5 triệu USD, tăng 11,9%.

Tổng mức bán lẻ hàng hóa và doanh thu dịch vụ tiêu dùng tháng 5 ước đạt 6.415 tỷ đồng, tăng 2,6% so với tháng trước và tăng 28,3% so với cùng kỳ; 5 tháng ước đạt 30.870 tỷ đồng, tăng 22,4%, bằng 40,5% kế hoạch. Trong đó, doanh thu dịch vụ lưu trú, ăn uống 5 tháng đạt 4.920 tỷ đồng, gấp 1,6 lần cùng kỳ do du lịch phục hồi sau dịch.

Số liệu chính thức tháng 4/2022: kim ngạch xuất khẩu đạt 90,3 triệu USD (số ước trước đó là 88 triệu USD); tổng mức bán lẻ đạt 6.252 tỷ đồng.

Dự kiến tháng 6, kim ngạch xuất khẩu đạt khoảng 102 triệu USD; 6 tháng ước đạt trên 530 triệu USD, bằng 50,5% kế hoạch năm.

Thu hoạch cà phê tại huyện Di Linh. Ảnh: Văn Báu

Khánh Phúc

Bài liên quan:
- Đà Lạt đón 1,2 triệu lượt khách dịp lễ 30/4 - 1/5 (03/05/2022)
- Lâm Đồng có 12 sản phẩm OCOP 4 sao (25/05/2022)

Số lượt xem: 1.046
Giấy phép số 63/GP-BTTTT. Điện thoại tòa soạn: 0263.3822.433
'''
META = {'published': '2022-06-01', 'locality': 'tỉnh Lâm Đồng'}
DEFAULTS = {'locality': 'tỉnh Lâm Đồng', 'period': '2022-M05', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
K = {'modality': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
SP = {'base': 'same_period'}
PP = {'base': 'previous_period'}
P = {'base': 'target'}
M5 = {'period': '2022-5M'}
M04 = {'period': '2022-M04'}
H1 = {'period': '2022-H1'}
EX = {'indicator': 'export_value'}
IM = {'indicator': 'import_value'}
RS = {'indicator': 'retail_sales'}
FIGS = [
 ('tăng 9,2% so với tháng trước\n', '9,2%', 'change', '%', d(EX, U, PP)),
 ('đạt 98,6 triệu USD', '98,6 triệu USD', 'level', 'USD', d(EX, E)),
 ('tăng 9,2% so với tháng trước,', '9,2%', 'change', '%', d(EX, E, U, PP)),
 ('tăng 21,5%', '21,5%', 'change', '%', d(EX, E, U, SP)),
 ('bằng 9,4%', '9,4%', 'attainment', '%', d(EX, E, P)),
 ('đạt 431,2 triệu USD', '431,2 triệu USD', 'level', 'USD', d(EX, M5)),
 ('tăng 17,8%', '17,8%', 'change', '%', d(EX, M5, U, SP)),
 ('bằng 41,1%', '41,1%', 'attainment', '%', d(EX, M5, P)),
 ('(1.050 triệu USD)', '1.050 triệu USD', 'level', 'USD', d(EX, K, period='2022')),
 ('đạt 182,4 triệu USD', '182,4 triệu USD', 'level', 'USD', d(M5)),
 ('tăng 24,6%', '24,6%', 'change', '%', d(M5, U, SP)),
 ('loại 58,3 triệu USD', '58,3 triệu USD', 'level', 'USD', d(M5)),
 ('tăng 12,1%', '12,1%', 'change', '%', d(M5, U, SP)),
 ('chè 21,7 triệu USD', '21,7 triệu USD', 'level', 'USD', d(M5)),
 ('tăng 5,2%', '5,2%', 'change', '%', d(M5, U, SP)),
 ('giảm 6,4%', '6,4%', 'change', '%', d(M5, D)),
 ('đạt 14,2 triệu USD', '14,2 triệu USD', 'level', 'USD', d(IM, E)),
 ('giảm 3,1%', '3,1%', 'change', '%', d(IM, E, D, PP)),
 ('đạt 76,5 triệu USD', '76,5 triệu USD', 'level', 'USD', d(IM, M5)),
 ('tăng 11,9%', '11,9%', 'change', '%', d(IM, M5, U)),
 ('đạt 6.415 tỷ đồng', '6.415 tỷ đồng', 'level', 'VND', d(RS, E)),
 ('tăng 2,6%', '2,6%', 'change', '%', d(RS, E, U, PP)),
 ('tăng 28,3%', '28,3%', 'change', '%', d(RS, E, U, SP)),
 ('đạt 30.870 tỷ đồng', '30.870 tỷ đồng', 'level', 'VND', d(RS, M5, E)),
 ('tăng 22,4%', '22,4%', 'change', '%', d(RS, M5, E, U)),
 ('bằng 40,5%', '40,5%', 'attainment', '%', d(RS, M5, E, P)),
 ('đạt 4.920 tỷ đồng', '4.920 tỷ đồng', 'level', 'VND', d(M5)),
 ('gấp 1,6 lần', '1,6 lần', 'change', 'lần', d(M5, U, SP)),
 ('đạt 90,3 triệu USD', '90,3 triệu USD', 'level', 'USD', d(EX, M04)),
 ('là 88 triệu USD', '88 triệu USD', 'level', 'USD', d(EX, M04, E, optional=True)),
 ('đạt 6.252 tỷ đồng', '6.252 tỷ đồng', 'level', 'VND', d(RS, M04)),
 ('khoảng 102 triệu USD', '102 triệu USD', 'level', 'USD', d(EX, E, period='2022-M06', bound='about')),
 ('trên 530 triệu USD', '530 triệu USD', 'level', 'USD', d(EX, E, H1, bound='over')),
 ('bằng 50,5%', '50,5%', 'attainment', '%', d(EX, E, H1, P)),
]
