TEXT = '''
BÁO HƯNG YÊN
Chính trị | Kinh tế | Xã hội | Y tế - Dân số | Văn hóa
Thứ Ba, 24/12/2024 | 15:40 (GMT+7)

Công tác dân số năm 2024: Tỷ số giới tính khi sinh giảm còn 113,8 bé trai/100 bé gái

Năm 2024, công tác dân số trên địa bàn tỉnh tiếp tục chuyển trọng tâm từ kế hoạch hóa gia đình sang dân số và phát triển. Theo Chi cục Dân số tỉnh, 5/6 chỉ tiêu kế hoạch được giao đạt và vượt; riêng chỉ tiêu giảm tỷ lệ sinh con thứ 3 trở lên chưa đạt.

Dân số trung bình năm 2024 của tỉnh ước đạt 1.298.600 người, tăng 0,93% so với năm 2023; mật độ dân số 1.392 người/km2, cao thứ 4 cả nước. Trong năm, toàn tỉnh có 17.512 trẻ được sinh ra, giảm 806 trẻ so với năm trước; tỷ suất sinh thô ước 13,5‰, giảm 0,7‰.

Tỷ số giới tính khi sinh năm 2024 là 113,8 bé trai/100 bé gái, giảm 1,6 điểm so với năm 2023 nhưng vẫn cao hơn mức cân bằng tự nhiên (104 - 106 bé trai/100 bé gái). Tỷ lệ sinh con thứ 3 trở lên là 12,9%, tăng 0,4 điểm phần trăm, cao hơn chỉ tiêu kế hoạch (không quá 12%). Các huyện Kim Động, Ân Thi, Phù Cừ có tỷ lệ sinh con thứ 3 trở lên cao nhất, lần lượt là 16,2%, 15,8% và 15,1%.

Kết quả thực hiện một số chỉ tiêu dân số năm 2024:

Chỉ tiêu | Kế hoạch | Thực hiện | Tỷ lệ (%)
Số người mới sử dụng biện pháp tránh thai hiện đại (người) | 14.500 | 14.872 | 102,6
Phụ nữ mang thai được sàng lọc trước sinh (%) | 75 | 78,4 | 104,5
Trẻ sơ sinh được sàng lọc sơ sinh (%) | 80 | 84,6 | 105,8
Người cao tuổi được khám sức khỏe định kỳ (%) | 70 | 72,3 | 103,3

Công tác tư vấn, khám sức khỏe trước kết hôn được đẩy mạnh với 6.240 cặp nam, nữ được tư vấn, khám, đạt 96% số cặp đăng ký kết hôn. Tình trạng tảo hôn, kết hôn cận huyết thống không còn xảy ra trên địa bàn tỉnh.

Cán bộ dân số xã Phạm Ngũ Lão (huyện Kim Động) tuyên truyền về mất cân bằng giới tính khi sinh. Ảnh: PV

Bà Đỗ Thị Thu, Chi cục trưởng Chi cục Dân số tỉnh cho biết, tâm lý muốn có con trai vẫn còn nặng nề ở một số địa phương; việc lựa chọn giới tính thai nhi diễn ra tinh vi, khó phát hiện.

Năm 2025, tỉnh phấn đấu duy trì mức sinh thay thế (bình quân 2,1 con/phụ nữ); tỷ số giới tính khi sinh dưới 112 bé trai/100 bé gái; giảm tỷ lệ sinh con thứ 3 trở lên 0,3 - 0,5 điểm phần trăm; tỷ lệ người cao tuổi được khám sức khỏe định kỳ đạt trên 75%.

Hoàng Lâm

Tin cùng chuyên mục
- Hưng Yên: 100% trạm y tế xã triển khai quản lý sức khỏe người cao tuổi (20/12/2024)
- Khoái Châu tổ chức chiến dịch truyền thông lồng ghép dịch vụ dân số đợt 2 (12/12/2024)

Báo Hưng Yên - Số 15 Chùa Chuông, phường Hiến Nam, TP. Hưng Yên. ĐT: 0221.3862.368
'''
META = {'published': '2024-12-24', 'locality': 'tỉnh Hưng Yên'}
DEFAULTS = {'locality': 'tỉnh Hưng Yên', 'period': '2024', 'modality': 'actual'}
SR = 'bé trai/trăm bé gái'
T = {'period': '2025', 'modality': 'target'}
P = {'modality': 'target'}
A = {'base': 'target'}
FIGS = [
 ('còn 113,8 bé trai/100 bé gái', '113,8 bé trai/100 bé gái', 'level', SR, dict(direction='down')),
 ('tỉnh, 5/6 chỉ tiêu', '5/6', 'ratio', 'chỉ tiêu', dict(status='achieved')),
 ('đạt 1.298.600 người', '1.298.600', 'level', 'người', dict(modality='estimate')),
 ('tăng 0,93%', '0,93%', 'change', '%', dict(modality='estimate', direction='up', base='2023')),
 ('số 1.392 người/km2', '1.392 người/km2', 'level', 'người/km2', dict(optional=True)),
 ('có 17.512 trẻ', '17.512', 'level', 'trẻ', dict()),
 ('giảm 806 trẻ', '806', 'change', 'trẻ', dict(direction='down', base='2023')),
 ('ước 13,5‰', '13,5‰', 'level', '‰', dict(modality='estimate')),
 ('giảm 0,7‰', '0,7‰', 'change', '‰', dict(modality='estimate', direction='down')),
 ('là 113,8 bé trai/100 bé gái, giảm', '113,8 bé trai/100 bé gái', 'level', SR, dict()),
 ('giảm 1,6 điểm', '1,6 điểm', 'change', 'điểm', dict(direction='down', base='2023')),
 ('(104 - 106 bé trai/100 bé gái)', '104 - 106 bé trai/100 bé gái', 'level', SR, dict(optional=True)),
 ('là 12,9%', '12,9%', 'level', '%', dict()),
 ('tăng 0,4 điểm phần trăm', '0,4 điểm phần trăm', 'change', 'điểm %', dict(direction='up')),
 ('không quá 12%', '12%', 'level', '%', dict(P, bound='at_most')),
 ('là 16,2%', '16,2%', 'level', '%', dict(locality='huyện Kim Động')),
 ('15,8%', '15,8%', 'level', '%', dict(locality='huyện Ân Thi')),
 ('và 15,1%', '15,1%', 'level', '%', dict(locality='huyện Phù Cừ')),
 ('| 14.500 |', '14.500', 'level', 'người', dict(P)),
 ('| 14.872 |', '14.872', 'level', 'người', dict()),
 ('| 102,6', '102,6', 'attainment', '%', dict(A)),
 ('| 75 |', '75', 'level', '%', dict(P)),
 ('| 78,4 |', '78,4', 'level', '%', dict()),
 ('| 104,5', '104,5', 'attainment', '%', dict(A)),
 ('| 80 |', '80', 'level', '%', dict(P)),
 ('| 84,6 |', '84,6', 'level', '%', dict()),
 ('| 105,8', '105,8', 'attainment', '%', dict(A)),
 ('| 70 |', '70', 'level', '%', dict(P)),
 ('| 72,3 |', '72,3', 'level', '%', dict()),
 ('| 103,3', '103,3', 'attainment', '%', dict(A)),
 ('với 6.240 cặp', '6.240', 'level', 'cặp', dict()),
 ('đạt 96% số cặp', '96%', 'level', '%', dict()),
 ('quân 2,1 con/phụ nữ', '2,1 con/phụ nữ', 'level', 'con/phụ nữ', dict(T)),
 ('dưới 112 bé trai/100 bé gái', '112 bé trai/100 bé gái', 'level', SR, dict(T, bound='under')),
 ('0,3 - 0,5 điểm phần trăm', '0,3 - 0,5 điểm phần trăm', 'change', 'điểm %', dict(T, direction='down')),
 ('trên 75%', '75%', 'level', '%', dict(T, bound='over')),
]
