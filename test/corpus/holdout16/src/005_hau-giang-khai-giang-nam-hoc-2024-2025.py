TEXT = '''
Giáo dục

Thứ Năm, ngày 05/09/2024 | 09:42

Hậu Giang: Hơn 172.000 học sinh hân hoan bước vào năm học mới

HGO - Sáng 5/9, cùng với cả nước, các trường học trên địa bàn tỉnh Hậu Giang đồng loạt tổ chức lễ khai giảng năm học 2024 - 2025. Đây là năm học thứ năm thực hiện Chương trình giáo dục phổ thông 2018 và là năm học đầu tiên triển khai chương trình mới ở lớp 12.

Lễ khai giảng tại Trường THPT chuyên Vị Thanh. Ảnh: Hoàng Vũ

Từ 6 giờ 30, sân Trường THPT chuyên Vị Thanh (Phường 5, thành phố Vị Thanh) đã rộn ràng tiếng cười nói của học sinh trong những bộ áo dài trắng. Dự lễ khai giảng tại trường có Ủy viên Trung ương Đảng, Bí thư Tỉnh ủy Nghiêm Xuân Thành; Giám đốc Sở Giáo dục và Đào tạo Lê Thị Ngọc Huệ cùng lãnh đạo Thành ủy, UBND thành phố Vị Thanh.

Tại buổi lễ, thầy Trần Văn Tiến, Hiệu trưởng nhà trường, đọc thư của Chủ tịch nước gửi ngành giáo dục nhân dịp khai giảng năm học mới. Năm học vừa qua, học sinh của trường đạt 1 huy chương Bạc Olympic Hóa học quốc tế; em Nguyễn Minh Khang, học sinh lớp 12A1, đạt 29,5 điểm khối A00 và trúng tuyển Trường Đại học Bách khoa Hà Nội.

Bí thư Tỉnh ủy Nghiêm Xuân Thành đánh trống khai giảng năm học mới. Ảnh: Hoàng Vũ

Phát biểu tại lễ khai giảng, Bí thư Tỉnh ủy Nghiêm Xuân Thành ghi nhận những nỗ lực của thầy và trò trong năm học 2023 - 2024. Theo đó, tỷ lệ học sinh tốt nghiệp THPT của tỉnh đạt 99,12%, cao hơn mức trung bình cả nước; chất lượng giáo dục mũi nhọn có chuyển biến với nhiều giải thưởng cấp quốc gia. “Mỗi thầy cô giáo phải thật sự là tấm gương sáng về đạo đức, tự học và sáng tạo; mỗi học sinh cần chăm ngoan, học tốt, rèn luyện kỹ năng sống để trở thành công dân có ích cho quê hương, đất nước”, Bí thư Tỉnh ủy căn dặn.

Quy mô trường lớp ổn định

Theo Sở Giáo dục và Đào tạo, năm học 2024 - 2025, toàn tỉnh có 348 trường mầm non, phổ thông với hơn 172.000 học sinh. Tỷ lệ huy động trẻ 5 tuổi ra lớp đạt 99,6%; tỷ lệ huy động học sinh trong độ tuổi 6 - 10 tuổi vào tiểu học đạt 100%. Đến nay, toàn tỉnh có 186/348 trường đạt chuẩn quốc gia, tỷ lệ 53,4%.

Năm học này, ngành tiếp tục thực hiện Chỉ thị số 15/CT-UBND của UBND tỉnh về nâng cao chất lượng giáo dục giai đoạn 2023 - 2025 và Quyết định số 2045/QĐ-BGDĐT của Bộ Giáo dục và Đào tạo ban hành khung kế hoạch thời gian năm học. Theo kế hoạch, học kỳ I kết thúc trước ngày 18/1/2025, học kỳ II kết thúc trước ngày 25/5/2025; kỳ thi tốt nghiệp THPT năm 2025 là năm đầu tiên tổ chức theo phương án 2 + 2.

Dù vậy, ngành giáo dục tỉnh vẫn còn nhiều khó khăn. Toàn tỉnh còn thiếu 312 giáo viên, chủ yếu ở bậc mầm non và các môn Tin học, Tiếng Anh, Âm nhạc, Mỹ thuật ở tiểu học. Nhiều điểm trường lẻ ở huyện Long Mỹ, huyện Phụng Hiệp xuống cấp; một số phòng học tạm ở ấp 3, xã Vĩnh Viễn A vẫn chưa được thay thế.

Bà Lê Thị Ngọc Huệ cho biết, sở đã tham mưu UBND tỉnh tuyển dụng bổ sung giáo viên theo Quyết định số 72-QĐ/TW của Bộ Chính trị về biên chế, đồng thời đề xuất chính sách thu hút giáo viên về công tác ở vùng khó khăn. “Ngành đang ưu tiên bố trí đủ giáo viên cho các lớp 1, lớp 6 và lớp 10, những khối lớp đang thay sách giáo khoa”, bà Huệ nói.

Ấm áp những phần quà

Tại Trường Tiểu học Vĩnh Viễn 2 (huyện Long Mỹ), khai giảng năm nay có thêm niềm vui khi 8 phòng học mới được đưa vào sử dụng. Cô Phạm Thị Diễm, 28 tuổi, giáo viên chủ nhiệm lớp 1A, đã có 6 năm đứng lớp ở điểm trường ven kênh Xà No. Cô kể, mỗi sáng cô đi xuồng gần 5 km để đến trường, nhưng nhìn các em đến lớp đông đủ là thấy vui.

Ở Trường THCS Hòa An (huyện Phụng Hiệp), thầy trò tổ chức lễ khai giảng giản dị dưới hàng dầu trăm tuổi. Em Lý Thị Mỹ Tiên, học sinh lớp 6A2, lần đầu bước vào mái trường cấp hai, bẽn lẽn kể: “Nhà em ở ấp Hòa Thạnh, cách trường 4 cây số, ba chở em đi từ 5 giờ 45 cho kịp giờ”. Thầy Huỳnh Văn Sơn, Hiệu trưởng nhà trường, cho biết năm nay trường tiếp tục duy trì mô hình “Cặp lá yêu thương”, vận động học sinh khá giỏi kèm cặp bạn học yếu và thăm hỏi các em có nguy cơ bỏ học.

Tại huyện Châu Thành A, lễ khai giảng ở Trường Tiểu học Thị trấn Một Ngàn được kết hợp với ngày hội “Tiếng Việt của chúng em” dành cho học sinh dân tộc Khmer. Chủ tịch UBND huyện Châu Thành A cho biết, huyện đã chỉ đạo các trường rà soát từng em, không để học sinh nào thiếu sách vở, quần áo khi đến lớp.

Nhân dịp khai giảng, Hội Khuyến học tỉnh, các doanh nghiệp và nhà hảo tâm đã trao 1.250 suất học bổng cho học sinh có hoàn cảnh khó khăn, tổng trị giá gần 1,9 tỷ đồng; Tỉnh Đoàn tặng 3.000 bộ sách giáo khoa và 10.000 quyển vở cho học sinh vùng sâu, vùng xa.

Năm học 2024 - 2025, ngành giáo dục Hậu Giang phấn đấu tỷ lệ trường đạt chuẩn quốc gia đạt 56%; tỷ lệ học sinh bỏ học dưới 0,5%; 100% cơ sở giáo dục triển khai chuyển đổi số trong quản lý.

Trước đó, ngày 30/8, Chủ tịch UBND tỉnh Trương Cảnh Tuyên đã đi kiểm tra công tác chuẩn bị năm học mới tại Trường THPT Lương Tâm (huyện Long Mỹ) và Trường Mầm non Hoa Mai (thị xã Ngã Bảy), yêu cầu các địa phương hoàn thành sửa chữa phòng học, nhà vệ sinh trước ngày 4/9.

Cùng ngày, các trường trên địa bàn tổ chức tuần lễ sinh hoạt công dân, tuyên truyền về an toàn giao thông trên Quốc lộ 61C, Quốc lộ 1 và phòng, chống đuối nước cho học sinh. Phụ huynh có thể liên hệ đường dây nóng của Sở Giáo dục và Đào tạo: 0293.3870.218 để phản ánh các khoản thu đầu năm học.

Xem thêm:

- Vị Thanh: 100% trường học sẵn sàng cho năm học mới
- Hậu Giang tuyển dụng 250 giáo viên năm 2024
- Trường THPT Châu Thành A khánh thành 12 phòng học mới

Thu Ngân
'''
META = {'published': '2024-09-05', 'locality': 'tỉnh Hậu Giang'}
DEFAULTS = {'locality': 'tỉnh Hậu Giang', 'period': '2024/2025', 'modality': 'actual'}
T = {'modality': 'target'}
FIGS = [
 ('Hơn 172.000 học sinh hân hoan', '172.000', 'level', 'học sinh', dict(bound='over')),
 ('đạt 99,12%', '99,12%', 'level', '%', dict(period='2023/2024')),
 ('có 348 trường', '348', 'level', 'trường', dict()),
 ('với hơn 172.000 học sinh', '172.000', 'level', 'học sinh', dict(bound='over')),
 ('ra lớp đạt 99,6%', '99,6%', 'level', '%', dict(indicator='school_enrollment_rate')),
 ('vào tiểu học đạt 100%', '100%', 'level', '%', dict(indicator='school_enrollment_rate')),
 ('có 186/348 trường', '186/348', 'ratio', 'trường', dict(indicator='national_standard_schools')),
 ('tỷ lệ 53,4%', '53,4%', 'level', '%', dict(indicator='national_standard_schools')),
 ('thiếu 312 giáo viên', '312', 'level', 'giáo viên', dict()),
 ('8 phòng học mới', '8', 'level', 'phòng học', dict(optional=True)),
 ('trao 1.250 suất học bổng', '1.250', 'level', 'suất học bổng', dict(optional=True)),
 ('gần 1,9 tỷ đồng', '1,9 tỷ đồng', 'level', 'VND', dict(optional=True)),
 ('tặng 3.000 bộ sách', '3.000', 'level', 'bộ sách', dict(optional=True)),
 ('và 10.000 quyển vở', '10.000', 'level', 'quyển vở', dict(optional=True)),
 ('quốc gia đạt 56%', '56%', 'level', '%', dict(T, indicator='national_standard_schools')),
 ('bỏ học dưới 0,5%', '0,5%', 'level', '%', dict(T, bound='under')),
 ('100% cơ sở giáo dục', '100%', 'level', '%', dict(T)),
]
