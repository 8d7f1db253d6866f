TEXT = '''
Báo Nghệ An điện tử
Thời sự | Chính trị | Kinh tế | Xã hội | Pháp luật | Văn hoá | Thể thao
09/12/2023 11:20 GMT+7

HĐND tỉnh Nghệ An thông qua dự toán thu ngân sách năm 2024 hơn 18.500 tỷ đồng

(Baonghean.vn) - Sáng 9/12, tại Kỳ họp thứ 17, HĐND tỉnh khoá XVIII đã biểu quyết thông qua Nghị quyết về dự toán ngân sách nhà nước năm 2024 và phân bổ ngân sách cấp tỉnh năm 2024.

Theo Nghị quyết, dự toán thu ngân sách nhà nước trên địa bàn năm 2024 là 18.535 tỷ đồng, tăng 6,4% so với dự toán năm 2023; trong đó thu nội địa 16.900 tỷ đồng (bao gồm thu tiền sử dụng đất 4.500 tỷ đồng, thu xổ số kiến thiết 32 tỷ đồng), thu từ hoạt động xuất nhập khẩu 1.635 tỷ đồng.

Tổng chi ngân sách địa phương năm 2024 là 36.870 tỷ đồng, trong đó chi đầu tư phát triển 9.816 tỷ đồng, chiếm 26,6%; chi thường xuyên 25.940 tỷ đồng; dự phòng ngân sách 720 tỷ đồng. Trong cơ cấu chi thường xuyên, chi sự nghiệp giáo dục - đào tạo và dạy nghề, chi sự nghiệp y tế lần lượt là 9.870 tỷ đồng và 2.460 tỷ đồng. Bội chi ngân sách địa phương 394 tỷ đồng.

Các đại biểu biểu quyết thông qua Nghị quyết về dự toán ngân sách năm 2024. Ảnh: Thành Cường

Trình bày tờ trình, ông Bùi Thanh An, Phó Chủ tịch Uỷ ban nhân dân tỉnh cho biết, năm 2023 thu ngân sách trên địa bàn ước đạt 19.200 tỷ đồng, bằng 110,2% dự toán Trung ương giao nhưng chỉ bằng 96% dự toán HĐND tỉnh giao. Nguyên nhân chủ yếu do thu tiền sử dụng đất ước chỉ đạt 3.960 tỷ đồng, bằng 66% kế hoạch. Chi ngân sách địa phương ước 37.450 tỷ đồng, bằng 108,3% dự toán, đáp ứng các nhiệm vụ chi về an sinh xã hội, khắc phục hậu quả thiên tai và phòng cháy, chữa cháy rừng.

Về đầu tư công, đến ngày 30/11/2023, toàn tỉnh giải ngân được 5.418 tỷ đồng, bằng 70,2% kế hoạch Thủ tướng Chính phủ giao, cao hơn bình quân cả nước 5,9 điểm phần trăm. Kế hoạch đầu tư công năm 2024 có tổng vốn 8.625 tỷ đồng, trong đó vốn ngân sách Trung ương 4.210 tỷ đồng, vốn cân đối ngân sách địa phương 4.415 tỷ đồng, bố trí cho 126 dự án chuyển tiếp và 38 dự án khởi công mới, ưu tiên các công trình giao thông, thuỷ lợi và hạ tầng Khu kinh tế Đông Nam.

Thảo luận tại tổ, đại biểu Nguyễn Thị Hoà (tổ huyện Diễn Châu) đề nghị làm rõ giải pháp tăng thu từ đấu giá quyền sử dụng đất, bởi nhiều năm liền số thu này không đạt kế hoạch, ảnh hưởng đến nguồn vốn đầu tư của các huyện. Nghị quyết cũng yêu cầu các địa phương phấn đấu tăng thu tối thiểu 5% so với dự toán được giao, tiết kiệm triệt để các khoản chi chưa thật sự cần thiết.

Kỳ họp thứ 17 diễn ra trong 3 ngày, từ 7 - 9/12/2023, xem xét, quyết định 35 nghị quyết.

Thành Duy - Phú Hương

Cùng chuyên mục
- Nghệ An: Thu ngân sách 11 tháng năm 2023 đạt trên 17.000 tỷ đồng
- Khai mạc Kỳ họp thứ 17, HĐND tỉnh khoá XVIII

Cơ quan chủ quản: Tỉnh uỷ Nghệ An. Toà soạn: Số 1 đường Hồ Tùng Mậu, TP Vinh. Điện thoại: 0238.3598.393
'''
META = {'published': '2023-12-09', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2024', 'modality': 'target', 'indicator': 'budget_revenue'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
U = {'direction': 'up'}
T = {'base': 'target'}
E = {'period': '2023', 'modality': 'estimate'}
EXP = {'indicator': 'budget_expenditure'}
PID = {'indicator': 'public_investment_disbursement'}
FIGS = [
 ('hơn 18.500 tỷ đồng', '18.500 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('là 18.535 tỷ đồng', '18.535 tỷ đồng', 'level', 'VND', d()),
 ('tăng 6,4% so với dự toán', '6,4%', 'change', '%', d(U, T)),
 ('thu nội địa 16.900 tỷ đồng', '16.900 tỷ đồng', 'level', 'VND', d()),
 ('đất 4.500 tỷ đồng', '4.500 tỷ đồng', 'level', 'VND', d()),
 ('kiến thiết 32 tỷ đồng', '32 tỷ đồng', 'level', 'VND', d()),
 ('khẩu 1.635 tỷ đồng', '1.635 tỷ đồng', 'level', 'VND', d()),
 ('là 36.870 tỷ đồng', '36.870 tỷ đồng', 'level', 'VND', d(EXP)),
 ('phát triển 9.816 tỷ đồng', '9.816 tỷ đồng', 'level', 'VND', d(EXP)),
 ('chiếm 26,6%', '26,6%', 'level', '%', d(EXP)),
 ('thường xuyên 25.940 tỷ đồng', '25.940 tỷ đồng', 'level', 'VND', d(EXP)),
 ('sách 720 tỷ đồng', '720 tỷ đồng', 'level', 'VND', d(EXP)),
 ('là 9.870 tỷ đồng', '9.870 tỷ đồng', 'level', 'VND', d(EXP)),
 ('và 2.460 tỷ đồng', '2.460 tỷ đồng', 'level', 'VND', d(EXP)),
 ('phương 394 tỷ đồng', '394 tỷ đồng', 'level', 'VND', d(indicator=None)),
 ('ước đạt 19.200 tỷ đồng', '19.200 tỷ đồng', 'level', 'VND', d(E)),
 ('bằng 110,2% dự toán', '110,2%', 'attainment', '%', d(E, T)),
 ('bằng 96% dự toán', '96%', 'attainment', '%', d(E, T)),
 ('đạt 3.960 tỷ đồng', '3.960 tỷ đồng', 'level', 'VND', d(E)),
 ('bằng 66% kế hoạch', '66%', 'attainment', '%', d(E, T)),
 ('ước 37.450 tỷ đồng', '37.450 tỷ đồng', 'level', 'VND', d(E, EXP)),
 ('bằng 108,3% dự toán', '108,3%', 'attainment', '%', d(E, EXP, T)),
 ('được 5.418 tỷ đồng', '5.418 tỷ đồng', 'level', 'VND', d(PID, period='2023-11M', modality='actual')),
 ('bằng 70,2% kế hoạch', '70,2%', 'attainment', '%', d(PID, T, period='2023-11M', modality='actual')),
 ('5,9 điểm phần trăm', '5,9 điểm phần trăm', 'change', 'điểm %', d(PID, U, period='2023-11M', modality='actual')),
 ('vốn 8.625 tỷ đồng', '8.625 tỷ đồng', 'level', 'VND', d(PID)),
 ('Trung ương 4.210 tỷ đồng', '4.210 tỷ đồng', 'level', 'VND', d(PID)),
 ('phương 4.415 tỷ đồng', '4.415 tỷ đồng', 'level', 'VND', d(PID)),
 ('cho 126 dự án', '126', 'level', 'dự án', dict(optional=True)),
 ('và 38 dự án', '38', 'level', 'dự án', dict(optional=True)),
 ('tối thiểu 5% so với dự toán', '5%', 'change', '%', d(U, T, status='exceeded', bound='at_least')),
 ('quyết định 35 nghị quyết', '35', 'level', 'nghị quyết', dict(optional=True)),
]
