# Báo Thái Nguyên, 18/11/2024: rebuilding houses after storm Yagi against the province's plan, and the Fatherland
# Front's relief money. Decisions: the lead's cut-off "đến ngày 15/11" frames the rebuilding counts and their
# attainment: houses rebuilt to a day stand at its month (`2024-M11`, holdout60's rebuilding-stands-at-cut-off), the
# headline too; "Còn 134 nhà đang thi công" likewise; "trước ngày 31/12/2024" is a deadline that dates nothing. The
# storm's damage "Bão số 3 … đầu tháng 9/2024 đã làm 1.420 ngôi nhà …" names its month in the sentence: `2024-M09`.
# The plan's grants per house ("60 triệu đồng/nhà", "30 triệu đồng/nhà", "thêm 20 triệu đồng") are a policy's grants,
# figures of 2024. Relief money and goods received and shared out are the storm's relief of 2024 (holdout18, holdout60:
# "Đến nay, … tiếp nhận hơn 8,5 tỷ đồng" is 2024); "đạt 92,6% số tiền tiếp nhận" is a share of a non-plan whole, a
# level; the districts' shares are theirs; "cho 9 huyện, thành phố" (the whole province's units) is optional. Farm
# land restored "đến nay" is progress at the lead's cut-off (M11); the seed handed out is relief (2024). The
# districts "lần lượt đạt 100%, 97,8% và 96,2% kế hoạch" are attainments, each its own. The Vice Chairman's "hoàn
# thành 100% số nhà … trước ngày 31/12/2024" is a 2024 target.
# Gold fix after first contact: the grants follow "… đầu tháng 9/2024 …" in the same paragraph, so they take `2024-M09`
# (the README's period precedence: a period named earlier in the paragraph), not the year I had written. The family in Phú Đô is an anecdote.
TEXT = '''
BÁO THÁI NGUYÊN ĐIỆN TỬ
Chính trị | Kinh tế | Xã hội | Phòng chống thiên tai | Văn hóa | Thể thao | Bạn đọc

Cập nhật: 16:05, 18/11/2024

Làm lại 1.286 ngôi nhà sau bão số 3, đạt 90,6% kế hoạch

Sau hơn 2 tháng triển khai, đến ngày 15/11, toàn tỉnh đã hoàn thành xây mới, sửa chữa 1.286/1.420 ngôi nhà bị sập đổ, hư hỏng nặng do bão số 3, đạt 90,6% kế hoạch. Nhiều gia đình đã kịp dọn về nhà mới trước mùa đông.

Bão số 3 và hoàn lưu bão đầu tháng 9/2024 đã làm 1.420 ngôi nhà trên địa bàn tỉnh bị sập đổ, hư hỏng nặng phải làm lại, trong đó có 386 nhà bị sập đổ hoàn toàn. Thực hiện Kế hoạch số 186/KH-UBND của UBND tỉnh, mỗi hộ được hỗ trợ 60 triệu đồng/nhà đối với nhà sập đổ hoàn toàn, 30 triệu đồng/nhà đối với nhà hư hỏng nặng; các hộ phải di dời đến nơi ở mới được hỗ trợ thêm 20 triệu đồng.

Các địa phương có tiến độ nhanh là huyện Phú Lương, huyện Đại Từ và thành phố Thái Nguyên, lần lượt đạt 100%, 97,8% và 96,2% kế hoạch. Còn 134 nhà đang thi công, chủ yếu ở các xóm vùng cao của huyện Võ Nhai, Định Hóa, dự kiến hoàn thành trước ngày 31/12/2024.

Căn nhà mới của gia đình bà Hà Thị Lan, xóm Khuôn Lân, xã Phú Đô (huyện Phú Lương) được hoàn thiện sau hơn 1 tháng thi công. Ảnh: Minh Hằng

Bà Lan kể, căn nhà cấp 4 rộng 45 m2 của gia đình bị đất đá vùi lấp hoàn toàn đêm 9/9. Được Nhà nước hỗ trợ 60 triệu đồng, cộng với 40 triệu đồng vay của Ngân hàng Chính sách xã hội và ngày công của bà con trong xóm, gia đình bà đã có nhà mới.

Hơn 152 tỷ đồng tiền ủng hộ

Ủy ban MTTQ Việt Nam tỉnh cho biết, sau bão đã tiếp nhận 152,6 tỷ đồng tiền ủng hộ và hàng hóa trị giá khoảng 18 tỷ đồng. Đến nay, Mặt trận đã phân bổ 141,3 tỷ đồng, đạt 92,6% số tiền tiếp nhận, cho 9 huyện, thành phố, trong đó thành phố Thái Nguyên 32,4 tỷ đồng, huyện Phú Lương 26,8 tỷ đồng, huyện Đại Từ 24,5 tỷ đồng.

Về sản xuất, đến nay toàn tỉnh đã khôi phục 2.460/3.150 ha lúa, rau màu bị thiệt hại. Ngành Nông nghiệp đã cấp 85 tấn giống lúa, 12 tấn giống ngô và 46.000 con giống gia cầm hỗ trợ người dân tái sản xuất.

Phát biểu tại buổi kiểm tra, Phó Chủ tịch UBND tỉnh Nguyễn Thanh Bình yêu cầu các địa phương hoàn thành 100% số nhà cần làm lại trước ngày 31/12/2024, không để hộ dân nào phải đón Tết trong nhà tạm.

Minh Hằng

Tin cùng chuyên mục
- Thái Nguyên: Hơn 2.000 ha chè được phục hồi sau lũ
- Võ Nhai di dời 72 hộ dân khỏi vùng sạt lở
- Trao 150 suất quà cho học sinh vùng bão lũ

Báo Thái Nguyên | Số 10, đường Quang Trung, TP. Thái Nguyên | Điện thoại: 0208.3855.668
'''
META = {'published': '2024-11-18', 'locality': 'tỉnh Thái Nguyên'}
DEFAULTS = {'locality': 'tỉnh Thái Nguyên', 'period': '2024', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
M11 = {'period': '2024-M11'}
M09 = {'period': '2024-M09'}
TG = {'base': 'target'}
OPT = {'optional': True}
FIGS = [
 ('Làm lại 1.286 ngôi nhà', '1.286', 'level', 'ngôi nhà', d(M11)),
 ('đạt 90,6% kế hoạch\n', '90,6%', 'attainment', '%', d(M11, TG)),
 ('chữa 1.286/1.420 ngôi nhà', '1.286/1.420', 'ratio', 'ngôi nhà', d(M11)),
 ('đạt 90,6% kế hoạch. Nhiều', '90,6%', 'attainment', '%', d(M11, TG)),
 ('làm 1.420 ngôi nhà', '1.420', 'level', 'ngôi nhà', d(M09)),
 ('có 386 nhà', '386', 'level', 'nhà', d(M09)),
 ('hỗ trợ 60 triệu đồng/nhà', '60 triệu đồng', 'level', 'VND/nhà', d(M09)),
 (', 30 triệu đồng/nhà', '30 triệu đồng', 'level', 'VND/nhà', d(M09)),
 ('thêm 20 triệu đồng', '20 triệu đồng', 'level', 'VND', d(M09)),
 ('đạt 100%,', '100%', 'attainment', '%', d(M11, TG, locality='huyện Phú Lương')),
 ('97,8%', '97,8%', 'attainment', '%', d(M11, TG, locality='huyện Đại Từ')),
 ('96,2%', '96,2%', 'attainment', '%', d(M11, TG, locality='thành phố Thái Nguyên')),
 ('Còn 134 nhà', '134', 'level', 'nhà', d(M11)),
 ('Hơn 152 tỷ đồng', '152 tỷ đồng', 'level', 'VND', d(bound='over')),
 ('nhận 152,6 tỷ đồng', '152,6 tỷ đồng', 'level', 'VND', d()),
 ('khoảng 18 tỷ đồng', '18 tỷ đồng', 'level', 'VND', d(bound='about')),
 ('bổ 141,3 tỷ đồng', '141,3 tỷ đồng', 'level', 'VND', d()),
 ('đạt 92,6%', '92,6%', 'level', '%', d()),
 ('cho 9 huyện', '9', 'level', 'huyện', d(OPT)),
 ('Nguyên 32,4 tỷ đồng', '32,4 tỷ đồng', 'level', 'VND', d(locality='thành phố Thái Nguyên')),
 ('Lương 26,8 tỷ đồng', '26,8 tỷ đồng', 'level', 'VND', d(locality='huyện Phú Lương')),
 ('Từ 24,5 tỷ đồng', '24,5 tỷ đồng', 'level', 'VND', d(locality='huyện Đại Từ')),
 ('phục 2.460/3.150 ha', '2.460/3.150 ha', 'ratio', 'ha', d(M11)),
 ('cấp 85 tấn', '85 tấn', 'level', 'tấn', d()),
 ('12 tấn', '12 tấn', 'level', 'tấn', d()),
 ('và 46.000 con', '46.000', 'level', 'con', d()),
 ('thành 100% số nhà', '100%', 'level', '%', d(modality='target')),
]
