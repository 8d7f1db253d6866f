TEXT = '''
BÁO KHÁNH HÒA
Chính trị | Kinh tế | Du lịch | Xã hội | Biển đảo | Thể thao
Thứ Sáu, 10/07/2026 - 17:30

Phường Nha Trang: 14/18 chỉ tiêu đạt và vượt tiến độ 6 tháng

Ngày 9-7, HĐND phường Nha Trang khóa I, nhiệm kỳ 2026 - 2031 tổ chức kỳ họp thứ hai (kỳ họp thường lệ giữa năm 2026), đánh giá kết quả 6 tháng đầu năm và nhiệm vụ 6 tháng cuối năm.

Báo cáo của UBND phường cho thấy, 6 tháng đầu năm 2026, trong 18 chỉ tiêu chủ yếu, có 14 chỉ tiêu đạt và vượt tiến độ, 4 chỉ tiêu chưa đạt tiến độ, cần nỗ lực trong 6 tháng cuối năm.

Tổng thu ngân sách nhà nước trên địa bàn đạt 1.286 tỷ đồng, bằng 58,3% dự toán năm, tăng 15,4% so với cùng kỳ (số liệu tính gộp các phường cũ); trong đó thu tiền sử dụng đất 312 tỷ đồng. Chi ngân sách phường 96,8 tỷ đồng, bằng 41,2% dự toán.

Hoạt động du lịch tiếp tục sôi động. Các cơ sở lưu trú trên địa bàn phục vụ khoảng 2,85 triệu lượt khách, tăng 11,2% so với cùng kỳ, trong đó khách quốc tế 1,36 triệu lượt, chiếm 47,7%; doanh thu lưu trú, ăn uống và lữ hành ước đạt 14.950 tỷ đồng.

Trên địa bàn có 318 doanh nghiệp thành lập mới, tổng vốn đăng ký 2.140 tỷ đồng; cấp giấy chứng nhận đăng ký hộ kinh doanh cho 1.125 hộ. Phường đã giải ngân 58,6 tỷ đồng vốn đầu tư công, đạt 44,1% kế hoạch; riêng dự án chỉnh trang đường Trần Phú giải ngân 21,5 tỷ đồng.

Du khách tắm biển tại bãi biển Nha Trang. Ảnh: VĨNH THÀNH

Phường giải quyết việc làm cho 2.460 lượt lao động. Toàn phường còn 87 hộ nghèo, chiếm 0,18% tổng số hộ; 214 hộ cận nghèo. Tỷ lệ bao phủ bảo hiểm y tế đạt 94,5%.

Tình hình trật tự an toàn xã hội được đảm bảo; phạm pháp hình sự xảy ra 42 vụ, giảm 9 vụ (17,6%) so với cùng kỳ, đã điều tra làm rõ 37 vụ, đạt 88,1%.

Trong 6 tháng cuối năm, phường phấn đấu thu ngân sách đạt 100% dự toán, đón 2,9 triệu lượt khách lưu trú; cuối năm giảm tỷ lệ hộ nghèo xuống dưới 0,1%.

THANH HẢI

Tin liên quan
- Khánh Hòa: Khai mạc Festival Biển Nha Trang 2026 (06/06/2026)
- Phường Nam Nha Trang tổ chức kỳ họp thứ hai HĐND (08/07/2026)
Giấy phép số 94/GP-BTTTT. Đường dây nóng: 0258.3822.588
'''
META = {'published': '2026-07-10', 'locality': 'phường Nha Trang'}
DEFAULTS = {'locality': 'phường Nha Trang', 'period': '2026-H1', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
E = {'modality': 'estimate'}
TG = {'modality': 'target'}
U = {'direction': 'up'}
DN = {'direction': 'down'}
T = {'base': 'target'}
SP = {'base': 'same_period'}
RT = {'indicator': 'resolution_targets'}
BR = {'indicator': 'budget_revenue'}
BE = {'indicator': 'budget_expenditure'}
PD = {'indicator': 'public_investment_disbursement'}
TA = {'indicator': 'tourist_arrivals'}
ITA = {'indicator': 'international_tourist_arrivals'}
CR = {'indicator': 'crime'}
CC = {'indicator': 'crime_clearance_rate'}
FIGS = [
 ('Trang: 14/18 chỉ tiêu', '14/18', 'ratio', 'chỉ tiêu', d(RT, status='achieved')),
 ('trong 18 chỉ tiêu', '18', 'level', 'chỉ tiêu', d(RT)),
 ('có 14 chỉ tiêu', '14', 'level', 'chỉ tiêu', d(RT, status='achieved')),
 ('4 chỉ tiêu chưa', '4', 'level', 'chỉ tiêu', d(RT, status='not_achieved')),
 ('đạt 1.286 tỷ đồng', '1.286 tỷ đồng', 'level', 'VND', d(BR)),
 ('bằng 58,3% dự toán', '58,3%', 'attainment', '%', d(BR, T)),
 ('tăng 15,4% so với cùng kỳ', '15,4%', 'change', '%', d(BR, U, SP)),
 ('đất 312 tỷ đồng', '312 tỷ đồng', 'level', 'VND', d(BR)),
 ('phường 96,8 tỷ đồng', '96,8 tỷ đồng', 'level', 'VND', d(BE)),
 ('bằng 41,2% dự toán', '41,2%', 'attainment', '%', d(BE, T)),
 ('khoảng 2,85 triệu', '2,85 triệu', 'level', 'lượt khách', d(TA, bound='about')),
 ('tăng 11,2% so với cùng kỳ', '11,2%', 'change', '%', d(TA, U, SP)),
 ('tế 1,36 triệu', '1,36 triệu', 'level', 'lượt', d(ITA)),
 ('chiếm 47,7%', '47,7%', 'level', '%', d()),
 ('ước đạt 14.950 tỷ đồng', '14.950 tỷ đồng', 'level', 'VND', d(E, indicator='tourism_revenue')),
 ('có 318 doanh nghiệp', '318', 'level', 'doanh nghiệp', d(indicator='new_enterprises')),
 ('ký 2.140 tỷ đồng', '2.140 tỷ đồng', 'level', 'VND', d()),
 ('cho 1.125 hộ', '1.125', 'level', 'hộ', d()),
 ('ngân 58,6 tỷ đồng', '58,6 tỷ đồng', 'level', 'VND', d(PD)),
 ('đạt 44,1% kế hoạch', '44,1%', 'attainment', '%', d(PD, T)),
 ('ngân 21,5 tỷ đồng', '21,5 tỷ đồng', 'level', 'VND', d(PD)),
 ('cho 2.460 lượt', '2.460', 'level', 'lượt lao động', d(indicator='jobs_created')),
 ('còn 87 hộ', '87', 'level', 'hộ', d(indicator='poor_households')),
 ('chiếm 0,18%', '0,18%', 'level', '%', d(indicator='poverty_rate')),
 ('214 hộ', '214', 'level', 'hộ', d()),
 ('đạt 94,5%', '94,5%', 'level', '%', d(indicator='health_insurance_coverage')),
 ('xảy ra 42 vụ', '42', 'level', 'vụ', d(CR)),
 ('giảm 9 vụ', '9', 'change', 'vụ', d(CR, DN, SP)),
 ('(17,6%)', '17,6%', 'change', '%', d(CR, DN, SP)),
 ('rõ 37 vụ', '37', 'level', 'vụ', d(CC)),
 ('đạt 88,1%', '88,1%', 'level', '%', d(CC)),
 ('đạt 100% dự toán', '100%', 'attainment', '%', d(TG, BR, T, period='2026')),
 ('đón 2,9 triệu', '2,9 triệu', 'level', 'lượt khách', d(TG, TA, period='2026-H2')),
 ('dưới 0,1%', '0,1%', 'level', '%', d(TG, DN, period='2026', bound='under', indicator='poverty_rate')),
]
