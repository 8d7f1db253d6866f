NFD = True
TEXT = '''
BÁO VĨNH LONG ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Nông nghiệp | Pháp luật | Văn hóa | Multimedia
Thứ Hai, 15/12/2025, 07:05 (GMT+7)

HĐND tỉnh Vĩnh Long thông qua Nghị quyết kế hoạch phát triển kinh tế - xã hội năm 2026

Chia sẻ | In bài | Cỡ chữ A- A+

(VLO) Ngày 12/12, tại Kỳ họp thứ 5 (kỳ họp thường lệ cuối năm 2025), HĐND tỉnh Vĩnh Long khóa XI, nhiệm kỳ 2021 - 2026 đã biểu quyết thông qua Nghị quyết số 25/NQ-HĐND về kế hoạch phát triển kinh tế - xã hội năm 2026. Đây là năm đầu tiên tỉnh thực hiện Nghị quyết Đại hội Đảng bộ tỉnh lần thứ I, nhiệm kỳ 2025 - 2030 sau khi hợp nhất ba tỉnh Vĩnh Long, Bến Tre và Trà Vinh.

Nghị quyết đánh giá, năm 2025 dù vừa vận hành mô hình chính quyền địa phương hai cấp, tỉnh vẫn đạt và vượt 17/21 chỉ tiêu chủ yếu; 3 chỉ tiêu xấp xỉ đạt và 1 chỉ tiêu không đạt là kim ngạch xuất khẩu. Tốc độ tăng trưởng kinh tế (GRDP) ước đạt 7,12%, vượt 0,12 điểm % so với Nghị quyết; quy mô GRDP ước 258.600 tỷ đồng. Thu ngân sách nhà nước trên địa bàn ước đạt 21.450 tỷ đồng, đạt 104,6% dự toán, trong đó khu vực Bến Tre cũ thu 7.980 tỷ đồng. Kim ngạch xuất khẩu ước 4,86 tỷ USD, chỉ đạt 93,5% kế hoạch.

Tỷ lệ hộ nghèo cuối năm còn 1,42%, giảm 0,63 điểm phần trăm; toàn tỉnh có 88/124 xã đạt chuẩn nông thôn mới (theo tiêu chí đã rà soát sau sắp xếp).

Mục tiêu tổng quát năm 2026 là tăng trưởng nhanh, bền vững, phát huy lợi thế kinh tế biển và nông nghiệp sinh thái, phấn đấu đưa Vĩnh Long vào nhóm các tỉnh phát triển khá của vùng Đồng bằng sông Cửu Long.

Các chỉ tiêu chủ yếu năm 2026:

Theo Nghị quyết, hệ thống chỉ tiêu năm 2026 gồm 20 chỉ tiêu, được chia thành ba nhóm. Một số chỉ tiêu được tính lại theo phương pháp mới của Cục Thống kê; chỉ tiêu về chuyển đổi số được tách riêng thành chương trình hành động của UBND tỉnh.

a) Nhóm chỉ tiêu kinh tế

1. Tốc độ tăng trưởng GRDP 7,5–8%.
2. GRDP bình quân đầu người 78 triệu đồng trở lên.
3. Tỷ trọng khu vực nông, lâm nghiệp và thủy sản trong GRDP khoảng 28%.
4. Tổng thu ngân sách nhà nước trên địa bàn đạt 22.500 tỷ đồng (theo dự toán Trung ương giao 20.870 tỷ đồng).
5. Kim ngạch xuất khẩu 5,2 tỷ USD, tăng 7% so với ước thực hiện năm 2025.
6. Tổng vốn đầu tư toàn xã hội tăng 10–12%.
7. Phát triển mới 1.100 doanh nghiệp.

b) Nhóm chỉ tiêu xã hội

8. Tỷ lệ hộ nghèo giảm 0,5–0,7 điểm phần trăm.
9. Tỷ lệ lao động qua đào tạo có bằng cấp, chứng chỉ đạt 32%.
10. Tỷ lệ dân số tham gia bảo hiểm y tế đạt 95,2%.
11. Số bác sĩ trên 1 vạn dân đạt 12 bác sĩ.
12. Có thêm 10 xã đạt chuẩn nông thôn mới nâng cao, 4 xã đạt chuẩn nông thôn mới kiểu mẫu.

c) Nhóm chỉ tiêu môi trường

13. Tỷ lệ dân số nông thôn sử dụng nước sạch theo quy chuẩn đạt 75%.
14. Tỷ lệ chất thải rắn sinh hoạt đô thị được thu gom, xử lý đạt 98%.

Nghị quyết cũng xác định 3 đột phá chiến lược và 9 nhóm nhiệm vụ, giải pháp trọng tâm, trong đó ưu tiên hoàn thành cầu Rạch Miễu 2, đưa vào khai thác tuyến Quốc lộ 57C đoạn qua huyện cũ Mỏ Cày Nam và đẩy nhanh hạ tầng khu kinh tế Định An.

Trước khi biểu quyết, đại biểu Thạch Sô Phi (Tổ đại biểu số 6, khu vực Trà Vinh cũ) cho rằng chỉ tiêu lao động qua đào tạo có bằng cấp, chứng chỉ 32% là thấp, bởi năm 2025 riêng khu vực Trà Vinh cũ đã đạt 30,8%. Giám đốc Sở Tài chính Nguyễn Minh Trí giải trình, chỉ tiêu được tính bình quân cho toàn tỉnh mới, trong đó khu vực Bến Tre cũ mới đạt 27,5%.

Cùng ngày, HĐND tỉnh thông qua Nghị quyết số 27/NQ-HĐND về kế hoạch đầu tư công năm 2026 với tổng vốn 14.360 tỷ đồng, trong đó vốn ngân sách địa phương 9.120 tỷ đồng, tăng 18,6% so với kế hoạch năm 2025.

Nghị quyết có hiệu lực từ ngày 1/1/2026 và được 72/74 đại biểu có mặt biểu quyết tán thành (chiếm 97,3%).

Ngọc Hân

* Tin, ảnh, video cộng tác gửi về: banbientap@baovinhlong.vn - Điện thoại: 0270.3822.357

TIN CÙNG CHUYÊN MỤC
- Bế mạc Kỳ họp thứ 5 HĐND tỉnh khóa XI
- Dự toán thu ngân sách năm 2026 hơn 20.800 tỷ đồng
- Trà Vinh cũ: 12 xã ven biển chủ động ứng phó triều cường
'''
META = {'published': '2025-12-15', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2026', 'modality': 'target'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
A = {'period': '2025', 'modality': 'actual'}
E = {'period': '2025', 'modality': 'estimate'}
U = {'direction': 'up'}
D = {'direction': 'down'}
TB = {'base': 'target'}
RT = {'indicator': 'resolution_targets'}
FIGS = [
 ('đạt và vượt 17/21 chỉ tiêu', '17/21', 'ratio', 'chỉ tiêu', d(A, RT, status='achieved')),
 ('3 chỉ tiêu xấp xỉ', '3', 'level', 'chỉ tiêu', d(A, RT, status='nearly')),
 ('và 1 chỉ tiêu không đạt', '1', 'level', 'chỉ tiêu', d(A, RT, status='not_achieved')),
 ('ước đạt 7,12%', '7,12%', 'level', '%', d(E, indicator='grdp_growth')),
 ('vượt 0,12 điểm %', '0,12 điểm %', 'change', 'điểm %', d(E, U, TB, indicator='grdp_growth', status='exceeded')),
 ('ước 258.600 tỷ đồng', '258.600 tỷ đồng', 'level', 'VND', d(E, indicator='grdp')),
 ('ước đạt 21.450 tỷ đồng', '21.450 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue')),
 ('đạt 104,6% dự toán', '104,6%', 'attainment', '%', d(E, TB, indicator='budget_revenue')),
 ('thu 7.980 tỷ đồng', '7.980 tỷ đồng', 'level', 'VND', d(E, indicator='budget_revenue', locality='tỉnh Bến Tre')),
 ('ước 4,86 tỷ USD', '4,86 tỷ USD', 'level', 'USD', d(E, indicator='export_value')),
 ('đạt 93,5% kế hoạch', '93,5%', 'attainment', '%', d(E, TB, indicator='export_value')),
 ('còn 1,42%', '1,42%', 'level', '%', d(A, indicator='poverty_rate')),
 ('giảm 0,63 điểm phần trăm', '0,63 điểm phần trăm', 'change', 'điểm %', d(A, D, indicator='poverty_rate')),
 ('có 88/124 xã', '88/124', 'ratio', 'xã', d(A, indicator='new_rural_communes')),
 ('gồm 20 chỉ tiêu', '20', 'level', 'chỉ tiêu', d(RT)),
 ('ba nhóm', 'ba', 'level', 'nhóm', d(optional=True, value=3)),
 ('GRDP 7,5–8%', '7,5–8%', 'level', '%', d(indicator='grdp_growth')),
 ('người 78 triệu đồng', '78 triệu đồng', 'level', 'VND/người/năm', d(indicator='grdp_per_capita', bound='at_least')),
 ('khoảng 28%', '28%', 'level', '%', d(indicator='sector_share', bound='about')),
 ('đạt 22.500 tỷ đồng', '22.500 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('giao 20.870 tỷ đồng', '20.870 tỷ đồng', 'level', 'VND', d(indicator='budget_revenue')),
 ('khẩu 5,2 tỷ USD', '5,2 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 7% so với', '7%', 'change', '%', d(U, indicator='export_value', base='2025')),
 ('tăng 10–12%', '10–12%', 'change', '%', d(U, indicator='social_investment')),
 ('mới 1.100 doanh nghiệp', '1.100', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('giảm 0,5–0,7 điểm phần trăm', '0,5–0,7 điểm phần trăm', 'change', 'điểm %', d(D, indicator='poverty_rate')),
 ('đạt 32%', '32%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đạt 95,2%', '95,2%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('đạt 12 bác sĩ', '12', 'level', 'bác sĩ/vạn dân', d(indicator='doctors_per_10k')),
 ('thêm 10 xã', '10', 'level', 'xã', d(indicator='new_rural_communes_advanced')),
 (', 4 xã đạt chuẩn', '4', 'level', 'xã', d(indicator='new_rural_communes_model')),
 ('đạt 75%', '75%', 'level', '%', d(indicator='clean_water_rate')),
 ('đạt 98%', '98%', 'level', '%', d()),
 ('định 3 đột phá', '3', 'level', 'đột phá', d(optional=True)),
 ('và 9 nhóm', '9', 'level', 'nhóm', d(optional=True)),
 ('được 72/74 đại biểu', '72/74', 'ratio', 'đại biểu', d(optional=True)),
 ('(chiếm 97,3%)', '97,3%', 'level', '%', d(optional=True)),
 ('chứng chỉ 32% là thấp', '32%', 'level', '%', d(indicator='trained_labour_rate')),
 ('đã đạt 30,8%', '30,8%', 'level', '%', d(A, indicator='trained_labour_rate', locality='tỉnh Trà Vinh')),
 ('mới đạt 27,5%', '27,5%', 'level', '%', d(A, indicator='trained_labour_rate', locality='tỉnh Bến Tre')),
 ('vốn 14.360 tỷ đồng', '14.360 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('phương 9.120 tỷ đồng', '9.120 tỷ đồng', 'level', 'VND', d(indicator='public_investment_disbursement')),
 ('tăng 18,6%', '18,6%', 'change', '%', d(U, indicator='public_investment_disbursement', base='2025')),
]
