TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH VĨNH LONG
Thời sự | Xã hội
Cập nhật lúc 14:30 ngày 02/06/2022 | Lượt xem: 356

Vĩnh Long phát động Tháng hành động vì trẻ em năm 2022

THVL - Sáng 2/6, UBND tỉnh tổ chức lễ phát động Tháng hành động vì trẻ em năm 2022 với chủ đề "Chung tay bảo vệ trẻ em, phòng, chống xâm hại và tai nạn thương tích trẻ em".

Theo Sở Lao động - Thương binh và Xã hội, toàn tỉnh hiện có 226.540 trẻ em dưới 16 tuổi, chiếm 22% dân số; trong đó có 2.912 trẻ em có hoàn cảnh đặc biệt, chiếm 1,29% tổng số trẻ em. Đến nay, 95/107 xã, phường, thị trấn đạt tiêu chuẩn xã, phường phù hợp với trẻ em.

Năm 2021, tỷ lệ trẻ em dưới 6 tuổi được cấp thẻ bảo hiểm y tế đạt 100%; toàn tỉnh xảy ra 21 vụ xâm hại trẻ em, giảm 6 vụ so với năm 2020; 38 trẻ em tử vong do đuối nước. Quỹ Bảo trợ trẻ em các cấp vận động được hơn 3,2 tỷ đồng, hỗ trợ 1.450 lượt trẻ em có hoàn cảnh khó khăn.

Trong Tháng hành động, các cấp, các ngành dự kiến trao 2.000 suất quà, 200 xe đạp và 150 suất học bổng cho trẻ em nghèo, trẻ em có hoàn cảnh đặc biệt, tổng trị giá khoảng 1,5 tỷ đồng. Tỉnh phấn đấu đến năm 2025 có 100% xã, phường, thị trấn đạt tiêu chuẩn phù hợp với trẻ em; tỷ lệ trẻ em có hoàn cảnh đặc biệt được trợ giúp đạt 90% trở lên.

Tại buổi lễ, lãnh đạo tỉnh và các nhà tài trợ trao 100 suất quà và 20 xe đạp cho trẻ em có hoàn cảnh khó khăn của thành phố Vĩnh Long và huyện Long Hồ.

Phó Chủ tịch UBND tỉnh Nguyễn Thị Quyên Thanh trao quà cho các em. Ảnh: THVL

Tin, ảnh: Ngọc Hân

Các tin khác
- Trà Ôn: 12 trẻ em được nhận học bổng "Thắp sáng ước mơ"
- Khai giảng lớp dạy bơi miễn phí cho 300 học sinh

Giấy phép số 482/GP-BTTTT | Số 50 đường 2/9, Phường 1, TP Vĩnh Long | ĐT: 0270.3822.471
'''
META = {'published': '2022-06-02', 'locality': 'tỉnh Vĩnh Long'}
DEFAULTS = {'locality': 'tỉnh Vĩnh Long', 'period': '2022', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
OPT = {'optional': True}
Y21 = {'period': '2021'}
M6 = {'period': '2022-M06', 'modality': 'estimate'}
T = {'period': '2025', 'modality': 'target'}
FIGS = [
 ('có 226.540 trẻ em', '226.540', 'level', 'trẻ em', d()),
 ('chiếm 22%', '22%', 'level', '%', d()),
 ('có 2.912 trẻ em', '2.912', 'level', 'trẻ em', d()),
 ('chiếm 1,29%', '1,29%', 'level', '%', d()),
 ('95/107 xã', '95/107', 'ratio', 'xã', d()),
 ('đạt 100%;', '100%', 'level', '%', d(Y21, indicator='health_insurance_coverage')),
 ('ra 21 vụ', '21', 'level', 'vụ', d(Y21)),
 ('giảm 6 vụ', '6', 'change', 'vụ', d(Y21, direction='down', base='2020')),
 ('; 38 trẻ em', '38', 'level', 'trẻ em', d(Y21)),
 ('hơn 3,2 tỷ đồng', '3,2 tỷ đồng', 'level', 'VND', d(Y21, bound='over')),
 ('trợ 1.450 lượt trẻ em', '1.450', 'level', 'lượt trẻ em', d(Y21)),
 ('trao 2.000 suất quà', '2.000', 'level', 'suất quà', d(M6)),
 ('200 xe đạp', '200', 'level', 'xe đạp', d(M6)),
 ('150 suất học bổng', '150', 'level', 'suất học bổng', d(M6)),
 ('khoảng 1,5 tỷ đồng', '1,5 tỷ đồng', 'level', 'VND', d(M6, bound='about')),
 ('có 100% xã', '100%', 'level', '%', d(T)),
 ('đạt 90% trở lên', '90%', 'level', '%', d(T, bound='at_least')),
 ('trao 100 suất quà', '100', 'level', 'suất quà', d(OPT)),
 ('và 20 xe đạp', '20', 'level', 'xe đạp', d(OPT)),
]
