# Báo Ấp Bắc, 20/12/2022: the Huyện ủy Cái Bè's conference reviewing 2022 and setting 2023. A December page: figures
# with no period are 2022; the "Năm 2023, Đảng bộ huyện đề ra 21 chỉ tiêu chủ yếu, trong đó: …" sentence lists 2023
# targets; the party secretary's "đến cuối năm 2023" aim is a 2023 target. "ước" governs its sentence up to ";".
TEXT = '''
BÁO ẤP BẮC - CƠ QUAN CỦA ĐẢNG BỘ ĐẢNG CỘNG SẢN VIỆT NAM TỈNH TIỀN GIANG
Trang chủ | Chính trị | Kinh tế | Xã hội | Nông nghiệp - Nông thôn | Pháp luật | Ấp Bắc điện tử

.

Huyện Cái Bè: Đạt và vượt 17/21 chỉ tiêu Nghị quyết năm 2022

Cập nhật: 15:42, 20/12/2022 (GMT+7)

Ngày 19-12, Ban Chấp hành Đảng bộ huyện Cái Bè khóa XI tổ chức Hội nghị lần thứ 14 đánh giá kết quả thực hiện Nghị quyết năm 2022 và quyết định phương hướng, nhiệm vụ năm 2023. Năm 2022, huyện thực hiện đạt và vượt 17/21 chỉ tiêu Nghị quyết đề ra; 3 chỉ tiêu xấp xỉ đạt và 1 chỉ tiêu chưa đạt.

KINH TẾ PHỤC HỒI KHÁ

Theo báo cáo của Ban Thường vụ Huyện ủy, tổng giá trị sản xuất (giá so sánh 2010) năm 2022 ước đạt 21.846 tỷ đồng, tăng 7,12% so với năm 2021, đạt 100,4% kế hoạch. Trong đó, khu vực nông nghiệp tăng 3,85%; công nghiệp - xây dựng tăng 11,4%; thương mại - dịch vụ tăng 9,06%. Cơ cấu kinh tế tiếp tục chuyển dịch đúng hướng, tỷ trọng nông nghiệp - công nghiệp, xây dựng - thương mại, dịch vụ tương ứng là 48,2% - 22,6% - 29,2%.

Sản xuất nông nghiệp gặp nhiều khó khăn do giá phân bón, thuốc bảo vệ thực vật tăng cao, nhưng diện tích cây ăn trái vẫn tăng lên 27.450 ha, trong đó sầu riêng 7.920 ha, tăng 1.280 ha so với năm 2021. Sản lượng lúa cả năm đạt 168.300 tấn, giảm 5,6% do nông dân chuyển đổi đất lúa kém hiệu quả sang trồng cây ăn trái. Toàn huyện có thêm 12 sản phẩm OCOP đạt từ 3 sao trở lên, nâng tổng số lên 31 sản phẩm.

Nông dân xã Hòa Khánh chăm sóc vườn sầu riêng. Ảnh: MINH THÀNH

Thu ngân sách nhà nước trên địa bàn ước đạt 486,5 tỷ đồng, đạt 112,7% dự toán tỉnh giao, tăng 14,3% so với năm trước; chi ngân sách 1.012 tỷ đồng, đạt 97,8% dự toán. Vốn đầu tư toàn xã hội thực hiện khoảng 6.200 tỷ đồng, trong đó vốn ngân sách nhà nước chiếm 18,5%.

VĂN HÓA - XÃ HỘI CÓ NHIỀU CHUYỂN BIẾN

Công tác giảm nghèo được quan tâm; trong năm có 412 hộ thoát nghèo, tỷ lệ hộ nghèo theo chuẩn nghèo đa chiều giai đoạn 2022 - 2025 giảm còn 1,86%, hộ cận nghèo còn 2,41%. Huyện giải quyết việc làm cho 3.870 lao động, đạt 107,5% kế hoạch; tỷ lệ lao động qua đào tạo đạt 71,3%. Tỷ lệ người dân tham gia bảo hiểm y tế đạt 92,6%, thấp hơn chỉ tiêu Nghị quyết 1,4 điểm phần trăm; đây là chỉ tiêu duy nhất không đạt trong năm.

Chương trình xây dựng nông thôn mới đạt kết quả tích cực: xã Hậu Thành được công nhận đạt chuẩn nông thôn mới nâng cao, nâng tổng số xã nông thôn mới nâng cao của huyện lên 6/24 xã. Công tác xây dựng Đảng được chú trọng; toàn Đảng bộ kết nạp 186 đảng viên mới, đạt 103,3% chỉ tiêu.

NĂM 2023: TẬP TRUNG NÂNG CHẤT NÔNG THÔN MỚI

Năm 2023, Đảng bộ huyện đề ra 21 chỉ tiêu chủ yếu, trong đó: tổng giá trị sản xuất tăng 7,5% trở lên; thu ngân sách trên địa bàn 465 tỷ đồng; thu nhập bình quân đầu người đạt 68 - 70 triệu đồng; tỷ lệ hộ nghèo giảm 0,3 - 0,5%; giải quyết việc làm cho 3.600 lao động; tỷ lệ người dân tham gia bảo hiểm y tế đạt 94%; xây dựng 2 xã đạt chuẩn nông thôn mới nâng cao và 1 xã nông thôn mới kiểu mẫu; kết nạp ít nhất 180 đảng viên mới.

Phát biểu chỉ đạo, Bí thư Huyện ủy Cái Bè Nguyễn Văn Hưng đề nghị các cấp ủy, chính quyền tập trung tháo gỡ khó khăn cho sản xuất, mời gọi doanh nghiệp đầu tư vào Cụm công nghiệp An Thạnh giai đoạn 2, phấn đấu đến cuối năm 2023 tỷ lệ lấp đầy đạt trên 80%; đồng thời quan tâm xây dựng giao thông nông thôn, nhất là các tuyến đường kết nối Quốc lộ 1 với Quốc lộ 30.

MINH THÀNH

Tin cùng chuyên mục
- Cái Bè: Hơn 1.200 ha lúa Đông Xuân có nguy cơ thiếu nước
- Huyện Cai Lậy kết nạp 150 đảng viên mới trong năm 2022
- Chợ nổi Cái Bè đón 86.000 lượt khách tham quan

Báo Ấp Bắc - Số 5 Hùng Vương, Phường 1, TP. Mỹ Tho, Tiền Giang. Điện thoại: 0273.3872.124
'''
META = {'published': '2022-12-20', 'locality': 'huyện Cái Bè'}
DEFAULTS = {'locality': 'huyện Cái Bè', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
T = {'modality': 'target', 'period': '2023'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
B21 = {'base': '2021'}
RT = {'indicator': 'resolution_targets'}
TO = {'indicator': 'total_output_value'}
BR = {'indicator': 'budget_revenue'}
BX = {'indicator': 'budget_expenditure'}
JC = {'indicator': 'jobs_created'}
HI = {'indicator': 'health_insurance_coverage'}
PV = {'indicator': 'poverty_rate'}
PM = {'indicator': 'new_party_members'}
SS = {'indicator': 'sector_share'}
FIGS = [
 ('Đạt và vượt 17/21 chỉ tiêu', '17/21', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('đạt và vượt 17/21 chỉ tiêu Nghị quyết đề ra', '17/21', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('3 chỉ tiêu xấp xỉ đạt', '3', 'level', 'chỉ tiêu', d(RT, status='nearly')),
 ('1 chỉ tiêu chưa đạt', '1', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('ước đạt 21.846 tỷ đồng', '21.846 tỷ đồng', 'level', 'VND', d(E, TO)),
 ('tăng 7,12%', '7,12%', 'change', '%', d(E, TO, U, B21)),
 ('đạt 100,4% kế hoạch', '100,4%', 'attainment', '%', d(E, TO, TB)),
 ('nông nghiệp tăng 3,85%', '3,85%', 'change', '%', d(U, indicator='agricultural_output_value')),
 ('xây dựng tăng 11,4%', '11,4%', 'change', '%', d(U, indicator='industrial_output_value')),
 ('dịch vụ tăng 9,06%', '9,06%', 'change', '%', d(U)),
 ('là 48,2%', '48,2%', 'level', '%', d(SS)),
 ('- 22,6% -', '22,6%', 'level', '%', d(SS)),
 ('- 29,2%', '29,2%', 'level', '%', d(SS)),
 ('tăng lên 27.450 ha', '27.450 ha', 'level', 'ha', d(U)),
 ('sầu riêng 7.920 ha', '7.920 ha', 'level', 'ha', d()),
 ('tăng 1.280 ha', '1.280 ha', 'change', 'ha', d(U, B21)),
 ('đạt 168.300 tấn', '168.300 tấn', 'level', 'tấn', d(indicator='rice_output')),
 ('giảm 5,6%', '5,6%', 'change', '%', d(D, indicator='rice_output')),
 ('thêm 12 sản phẩm OCOP', '12', 'level', 'sản phẩm', d(indicator='ocop_products')),
 ('lên 31 sản phẩm', '31', 'level', 'sản phẩm', d(U, indicator='ocop_products')),
 ('ước đạt 486,5 tỷ đồng', '486,5 tỷ đồng', 'level', 'VND', d(E, BR)),
 ('đạt 112,7% dự toán', '112,7%', 'attainment', '%', d(E, BR, TB)),
 ('tăng 14,3%', '14,3%', 'change', '%', d(E, BR, U, B21)),
 ('chi ngân sách 1.012 tỷ đồng', '1.012 tỷ đồng', 'level', 'VND', d(BX)),
 ('đạt 97,8% dự toán', '97,8%', 'attainment', '%', d(BX, TB)),
 ('khoảng 6.200 tỷ đồng', '6.200 tỷ đồng', 'level', 'VND', d(indicator='social_investment', bound='about')),
 ('chiếm 18,5%', '18,5%', 'level', '%', d(indicator='social_investment')),
 ('có 412 hộ thoát nghèo', '412', 'level', 'hộ', d(indicator='households_out_of_poverty')),
 ('giảm còn 1,86%', '1,86%', 'level', '%', d(PV, D)),
 ('còn 2,41%', '2,41%', 'level', '%', d(indicator='near_poverty_rate')),
 ('cho 3.870 lao động', '3.870', 'level', 'lao động', d(JC)),
 ('đạt 107,5% kế hoạch', '107,5%', 'attainment', '%', d(JC, TB)),
 ('đạt 71,3%', '71,3%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 92,6%', '92,6%', 'level', '%', d(HI)),
 ('1,4 điểm phần trăm', '1,4 điểm phần trăm', 'change', 'điểm %', d(HI, D, TB)),
 ('lên 6/24 xã', '6/24', 'ratio', 'xã', d(U, indicator='new_rural_communes_advanced')),
 ('kết nạp 186 đảng viên', '186', 'level', 'đảng viên', d(PM)),
 ('đạt 103,3% chỉ tiêu', '103,3%', 'attainment', '%', d(PM, TB)),
 ('đề ra 21 chỉ tiêu', '21', 'level', 'chỉ tiêu', d(T, RT)),
 ('tăng 7,5% trở lên', '7,5%', 'change', '%', d(T, TO, U, bound='at_least')),
 ('địa bàn 465 tỷ đồng', '465 tỷ đồng', 'level', 'VND', d(T, BR)),
 ('đạt 68 - 70 triệu đồng', '68 - 70 triệu đồng', 'level', 'VND/người/năm', d(T, indicator='income_per_capita')),
 ('giảm 0,3 - 0,5%', '0,3 - 0,5%', 'change', '%', d(T, PV, D)),
 ('cho 3.600 lao động', '3.600', 'level', 'lao động', d(T, JC)),
 ('đạt 94%', '94%', 'level', '%', d(T, HI)),
 ('xây dựng 2 xã', '2', 'level', 'xã', d(T, indicator='new_rural_communes_advanced')),
 ('và 1 xã nông thôn mới kiểu mẫu', '1', 'level', 'xã', d(T, indicator='new_rural_communes_model')),
 ('ít nhất 180 đảng viên', '180', 'level', 'đảng viên', d(T, PM, bound='at_least')),
 ('trên 80%', '80%', 'level', '%', d(T, bound='over')),
]
