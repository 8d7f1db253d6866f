TEXT = '''
BÁO HẢI PHÒNG ĐIỆN TỬ
Thứ Hai, 01/04/2024 - 17:30 (GMT+7)
KINH TẾ | Đầu tư - Phát triển

Quý I/2024, GRDP Hải Phòng tăng 10,11%, dẫn đầu vùng đồng bằng sông Hồng

(BHP) - Chiều 1/4, UBND thành phố tổ chức hội nghị đánh giá tình hình kinh tế - xã hội quý I năm 2024. Theo báo cáo, tốc độ tăng trưởng kinh tế (GRDP) quý I của thành phố ước đạt 10,11%. Mức tăng này cao hơn nhiều so với bình quân chung cả nước (5,66%).

Trong đó, khu vực công nghiệp - xây dựng tăng 13,62%, đóng góp 6,52 điểm phần trăm vào mức tăng chung; khu vực dịch vụ tăng 7,89%; nông, lâm nghiệp và thủy sản tăng 2,14%.

Các chỉ tiêu chủ yếu quý I/2024 (so với cùng kỳ năm 2023):
+ Chỉ số sản xuất công nghiệp (IIP): tăng 14,31%;
+ Thu ngân sách nhà nước: 26.430 tỷ đồng, đạt 27,1% dự toán; trong đó thu nội địa 11.920 tỷ đồng, tăng 6,4%;
+ Sản lượng hàng hóa thông qua cảng biển: 48,2 triệu tấn, tăng 16,3%;
+ Kim ngạch xuất khẩu: 6,11 tỷ USD, tăng 21,5%;
+ Khách du lịch: 1,78 triệu lượt, tăng 8,9%.

Thu hút vốn đầu tư trực tiếp nước ngoài (FDI) quý I đạt 523,6 triệu USD, bằng 17,5% kế hoạch năm (3 tỷ USD). Tính đến ngày 25/3/2024, thành phố giải ngân vốn đầu tư công được 2.684 tỷ đồng, đạt 12,8% kế hoạch, cao hơn mức bình quân chung cả nước (8,8%).

Riêng huyện Cát Hải đón 612.000 lượt khách, tăng 11,2% so với cùng kỳ, chủ yếu là khách đến đảo Cát Bà dịp Tết Nguyên đán.

Bốc xếp container tại cảng Lạch Huyện. Ảnh: Hoàng Hà

Vụ chiêm xuân, toàn thành phố gieo cấy được 29.450 ha lúa, bằng 98,6% cùng kỳ. Trong quý, thành phố giải quyết việc làm cho 14.260 lao động, đạt 25,4% kế hoạch năm; tuyển sinh, đào tạo nghề cho 18.350 người.

Tai nạn giao thông tiếp tục được kéo giảm: xảy ra 38 vụ, làm chết 31 người, bị thương 17 người; so với cùng kỳ giảm 6 vụ (13,6%), giảm 4 người chết, giảm 3 người bị thương.

Quý II, thành phố phấn đấu tăng trưởng GRDP đạt 11,5% trở lên, để 6 tháng đầu năm đạt khoảng 11%, cả năm đạt 12 - 12,5%.

Thu Trang

Số lượt xem: 3.102

Tin liên quan
- Hải Phòng: Tháng 3 đón 620.000 lượt khách (29/03/2024)
- Khởi công cầu Nguyễn Trãi 2 (25/03/2024)

Báo Hải Phòng điện tử. Giấy phép số 253/GP-BTTTT. Đường dây nóng: 0225.3842.661
'''
META = {'published': '2024-04-01', 'locality': 'thành phố Hải Phòng'}
DEFAULTS = {'locality': 'thành phố Hải Phòng', 'period': '2024-Q1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
G = {'indicator': 'grdp_growth'}
BR = {'indicator': 'budget_revenue'}
PD = {'indicator': 'public_investment_disbursement'}
TA = {'indicator': 'tourist_arrivals'}
FIGS = [
 ('tăng 10,11%', '10,11%', 'change', '%', d(U, G)),
 ('ước đạt 10,11%', '10,11%', 'level', '%', d(E, G)),
 ('(5,66%)', '5,66%', 'level', '%', d(G, locality='cả nước')),
 ('tăng 13,62%', '13,62%', 'change', '%', d(U)),
 ('6,52 điểm phần trăm', '6,52 điểm phần trăm', 'level', 'điểm %', d()),
 ('tăng 7,89%', '7,89%', 'change', '%', d(U)),
 ('tăng 2,14%', '2,14%', 'change', '%', d(U)),
 ('tăng 14,31%', '14,31%', 'change', '%', d(U, SP, indicator='industrial_production_index')),
 ('nước: 26.430 tỷ đồng', '26.430 tỷ đồng', 'level', 'VND', d(BR)),
 ('đạt 27,1% dự toán', '27,1%', 'attainment', '%', d(BR, T)),
 ('nội địa 11.920 tỷ đồng', '11.920 tỷ đồng', 'level', 'VND', d(BR)),
 ('tăng 6,4%', '6,4%', 'change', '%', d(U, SP, BR)),
 ('biển: 48,2 triệu tấn', '48,2 triệu tấn', 'level', 'tấn', d()),
 ('tăng 16,3%', '16,3%', 'change', '%', d(U, SP)),
 ('khẩu: 6,11 tỷ USD', '6,11 tỷ USD', 'level', 'USD', d(indicator='export_value')),
 ('tăng 21,5%', '21,5%', 'change', '%', d(U, SP, indicator='export_value')),
 ('lịch: 1,78 triệu', '1,78 triệu', 'level', 'lượt', d(TA)),
 ('tăng 8,9%', '8,9%', 'change', '%', d(U, SP, TA)),
 ('đạt 523,6 triệu USD', '523,6 triệu USD', 'level', 'USD', d(indicator='fdi')),
 ('bằng 17,5% kế hoạch', '17,5%', 'attainment', '%', d(T, indicator='fdi')),
 ('(3 tỷ USD)', '3 tỷ USD', 'level', 'USD', d(indicator='fdi', period='2024', modality='target')),
 ('được 2.684 tỷ đồng', '2.684 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 12,8% kế hoạch', '12,8%', 'attainment', '%', d(PD, T)),
 ('(8,8%)', '8,8%', 'attainment', '%', d(PD, T, locality='cả nước')),
 ('đón 612.000 lượt khách', '612.000', 'level', 'lượt khách', d(TA, locality='huyện Cát Hải')),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', d(U, SP, TA, locality='huyện Cát Hải')),
 ('được 29.450 ha', '29.450 ha', 'level', 'ha', d(indicator='crop_area')),
 ('bằng 98,6% cùng kỳ', '98,6%', 'attainment', '%', d(SP, indicator='crop_area')),
 ('cho 14.260 lao động', '14.260', 'level', 'lao động', d(indicator='jobs_created')),
 ('đạt 25,4% kế hoạch', '25,4%', 'attainment', '%', d(T, indicator='jobs_created')),
 ('cho 18.350 người', '18.350', 'level', 'người', d(indicator='vocational_training')),
 ('ra 38 vụ', '38', 'level', 'vụ', d(indicator='traffic_accidents')),
 ('chết 31 người', '31', 'level', 'người', d(indicator='traffic_deaths')),
 ('thương 17 người', '17', 'level', 'người', d(indicator='traffic_injuries')),
 ('giảm 6 vụ', '6', 'change', 'vụ', d(DN, SP, indicator='traffic_accidents')),
 ('(13,6%)', '13,6%', 'change', '%', d(DN, SP, indicator='traffic_accidents')),
 ('giảm 4 người', '4', 'change', 'người', d(DN, SP, indicator='traffic_deaths')),
 ('giảm 3 người', '3', 'change', 'người', d(DN, SP, indicator='traffic_injuries')),
 ('đạt 11,5% trở lên', '11,5%', 'level', '%', d(G, period='2024-Q2', modality='target', bound='at_least')),
 ('khoảng 11%', '11%', 'level', '%', d(G, period='2024-H1', modality='target', bound='about')),
 ('đạt 12 - 12,5%', '12 - 12,5%', 'level', '%', d(G, period='2024', modality='target')),
]
