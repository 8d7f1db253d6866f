TEXT = '''
Báo Quảng Bình điện tử
Thứ sáu, 16/12/2022
Trang chủ | Chính trị | Kinh tế | Xã hội | Văn hoá | Thể thao | Quốc phòng - An ninh | Biển đảo

Chính trị
Cập nhật: 16-12-2022 | 07:52:18

Đồng Hới: 17/20 chỉ tiêu chủ yếu năm 2022 đạt và vượt kế hoạch

(QBĐT) - Sáng 15-12, Ban Chấp hành Đảng bộ thành phố Đồng Hới khoá XXIII tổ chức hội nghị lần thứ 14 đánh giá kết quả thực hiện nhiệm vụ năm 2022, phương hướng, nhiệm vụ năm 2023. Đồng chí Trần Phong, Uỷ viên Ban Thường vụ Tỉnh uỷ, Bí thư Thành uỷ chủ trì hội nghị.

Năm 2022, trong bối cảnh vừa phục hồi sau đại dịch, kinh tế thành phố tăng trưởng khá; có 17/20 chỉ tiêu chủ yếu đạt và vượt kế hoạch, 3 chỉ tiêu chưa đạt là tổng vốn đầu tư toàn xã hội, tỷ lệ đô thị hoá và tỷ lệ hộ dân nông thôn dùng nước sạch theo quy chuẩn. Một số chỉ tiêu chủ yếu như sau:

Chỉ tiêu | Kế hoạch 2022 | Ước thực hiện 2022 | So với KH (%)
Tổng giá trị sản xuất (tỷ đồng) | 19.850 | 20.126 | 101,4
Thu ngân sách trên địa bàn (tỷ đồng) | 1.560 | 1.842 | 118,1
Tổng vốn đầu tư toàn xã hội (tỷ đồng) | 9.200 | 8.740 | 95,0
Thu nhập bình quân đầu người (triệu đồng) | 72 | 74,6 | 103,6
Lượt khách du lịch (nghìn lượt) | 1.150 | 1.320 | 114,8

Ngành du lịch phục hồi mạnh, doanh thu du lịch ước đạt 1.650 tỷ đồng, gấp 3,2 lần năm 2021; khách quốc tế đạt 28.400 lượt. Giá trị sản xuất công nghiệp - tiểu thủ công nghiệp tăng 11,2%; tổng mức bán lẻ hàng hoá và doanh thu dịch vụ ước đạt 14.280 tỷ đồng, tăng 18,5% so với năm 2021. Đáng chú ý, tổng vốn đầu tư toàn xã hội chỉ bằng 95% kế hoạch do một số dự án lớn chậm giải phóng mặt bằng; tỷ lệ đô thị hoá ước đạt 72,5%, thấp hơn kế hoạch 1,5 điểm phần trăm.

Thành phố có thêm xã Bảo Ninh đạt chuẩn nông thôn mới kiểu mẫu; 100% xã đạt chuẩn nông thôn mới nâng cao. Tỷ lệ hộ nghèo giảm còn 0,58%; tỷ lệ trường đạt chuẩn quốc gia đạt 86,7%. Công tác quốc phòng, an ninh được giữ vững; thành phố hoàn thành 100% chỉ tiêu giao quân với 310 thanh niên lên đường nhập ngũ.

Bãi biển Nhật Lệ, điểm đến thu hút du khách của thành phố Đồng Hới.

Năm 2023, Thành uỷ Đồng Hới đề ra 20 chỉ tiêu chủ yếu; trong đó: tổng giá trị sản xuất tăng 9 - 10%; thu ngân sách trên địa bàn 1.950 tỷ đồng; thu nhập bình quân đầu người 80 triệu đồng; đón 1,4 triệu lượt khách; tỷ lệ hộ nghèo giảm còn dưới 0,5%; tỷ lệ hộ dân nông thôn dùng nước sạch theo quy chuẩn đạt 100%; kết nạp 220 đảng viên mới.

Phát biểu kết luận, đồng chí Trần Phong nhấn mạnh, năm 2023 là năm bản lề, có ý nghĩa quan trọng trong thực hiện Nghị quyết Đại hội Đảng bộ thành phố lần thứ XXIII, nhiệm kỳ 2020 - 2025. Thành phố cần tập trung tháo gỡ vướng mắc cho các dự án hạ tầng du lịch ven biển, phấn đấu đến năm 2025 Đồng Hới cơ bản đạt các tiêu chí đô thị loại I.

Hoàng Minh

Các tin khác
- Bố Trạch: Kết nạp 285 đảng viên mới trong năm 2022 (15-12-2022)
- Quảng Trạch tổng kết công tác xây dựng Đảng năm 2022 (14-12-2022)

Cơ quan chủ quản: Tỉnh uỷ Quảng Bình. Giấy phép số 342/GP-BTTTT. Toà soạn: Số 06 Trần Hưng Đạo, TP. Đồng Hới. ĐT: 0232.3822.429
'''
META = {'published': '2022-12-16', 'locality': 'thành phố Đồng Hới'}
DEFAULTS = {'locality': 'thành phố Đồng Hới', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
B = 1e9
E = {'modality': 'estimate'}
K = {'modality': 'target'}
T = {'modality': 'target', 'period': '2023'}
RT = {'indicator': 'resolution_targets'}
P = {'base': 'target'}
U = {'direction': 'up'}
D = {'direction': 'down'}
FIGS = [
 ('Đồng Hới: 17/20 chỉ tiêu', '17/20', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('có 17/20 chỉ tiêu', '17/20', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('3 chỉ tiêu chưa đạt', '3', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('(tỷ đồng) | 19.850 |', '19.850', 'level', 'VND', d(K, indicator='total_output_value', value=19850*B)),
 ('| 20.126 |', '20.126', 'level', 'VND', d(E, indicator='total_output_value', value=20126*B)),
 ('| 101,4', '101,4', 'attainment', '%', d(E, P, indicator='total_output_value')),
 ('(tỷ đồng) | 1.560 |', '1.560', 'level', 'VND', d(K, indicator='budget_revenue', value=1560*B)),
 ('| 1.842 |', '1.842', 'level', 'VND', d(E, indicator='budget_revenue', value=1842*B)),
 ('| 118,1', '118,1', 'attainment', '%', d(E, P, indicator='budget_revenue')),
 ('(tỷ đồng) | 9.200 |', '9.200', 'level', 'VND', d(K, indicator='social_investment', value=9200*B)),
 ('| 8.740 |', '8.740', 'level', 'VND', d(E, indicator='social_investment', value=8740*B)),
 ('| 95,0', '95,0', 'attainment', '%', d(E, P, indicator='social_investment')),
 ('(triệu đồng) | 72 |', '72', 'level', 'VND/người/năm', d(K, indicator='income_per_capita', value=72e6)),
 ('| 74,6 |', '74,6', 'level', 'VND/người/năm', d(E, indicator='income_per_capita', value=74.6e6)),
 ('| 103,6', '103,6', 'attainment', '%', d(E, P, indicator='income_per_capita')),
 ('(nghìn lượt) | 1.150 |', '1.150', 'level', 'lượt', d(K, indicator='tourist_arrivals', value=1150000)),
 ('| 1.320 |', '1.320', 'level', 'lượt', d(E, indicator='tourist_arrivals', value=1320000)),
 ('| 114,8', '114,8', 'attainment', '%', d(E, P, indicator='tourist_arrivals')),
 ('ước đạt 1.650 tỷ đồng', '1.650 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('gấp 3,2 lần năm 2021', '3,2 lần', 'change', 'lần', d(E, U, indicator='tourism_revenue', base='2021')),
 ('đạt 28.400 lượt', '28.400', 'level', 'lượt', d(indicator='international_tourist_arrivals')),
 ('tăng 11,2%', '11,2%', 'change', '%', d(U, indicator='industrial_output_value')),
 ('ước đạt 14.280 tỷ đồng', '14.280 tỷ đồng', 'level', 'VND', d(E, indicator='retail_sales')),
 ('tăng 18,5% so với năm 2021', '18,5%', 'change', '%', d(E, U, indicator='retail_sales', base='2021')),
 ('bằng 95% kế hoạch', '95%', 'attainment', '%', d(indicator='social_investment', base='target')),
 ('ước đạt 72,5%', '72,5%', 'level', '%', d(E, indicator='urbanization_rate')),
 ('kế hoạch 1,5 điểm phần trăm', '1,5 điểm phần trăm', 'change', 'điểm %', d(E, D, indicator='urbanization_rate', base='target')),
 ('100% xã đạt chuẩn', '100%', 'level', '%', d(indicator='new_rural_communes_advanced')),
 ('giảm còn 0,58%', '0,58%', 'level', '%', d(D, indicator='poverty_rate')),
 ('quốc gia đạt 86,7%', '86,7%', 'level', '%', d(indicator='national_standard_schools')),
 ('hoàn thành 100% chỉ tiêu giao quân', '100%', 'attainment', '%', d(base='target')),
 ('với 310 thanh niên', '310', 'level', 'thanh niên', d()),
 ('đề ra 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(T, RT)),
 ('tăng 9 - 10%', '9 - 10%', 'change', '%', d(T, U, indicator='total_output_value')),
 ('bàn 1.950 tỷ đồng', '1.950 tỷ đồng', 'level', 'VND', d(T, indicator='budget_revenue')),
 ('người 80 triệu đồng', '80 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='income_per_capita')),
 ('đón 1,4 triệu lượt', '1,4 triệu', 'level', 'lượt khách', d(T, indicator='tourist_arrivals')),
 ('còn dưới 0,5%', '0,5%', 'level', '%', d(T, D, indicator='poverty_rate', bound='under')),
 ('quy chuẩn đạt 100%', '100%', 'level', '%', d(T, indicator='clean_water_rate')),
 ('kết nạp 220 đảng viên', '220', 'level', 'đảng viên', d(T, indicator='new_party_members')),
]
