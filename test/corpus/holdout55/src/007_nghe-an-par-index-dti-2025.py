# Nghệ An: PAR Index, SIPAS and DTI 2025 as announced in May 2026 (34 provinces); the ranking's year 2025 frames the page.
# PAR Index `par_index` in %, its pp change 'điểm %'; SIPAS no id, its change written "%" stays '%' (as written);
# DTI and its pillars no id, 'điểm'; ranks no figures, rank moves 'bậc'; the digital economy's share `sector_share`.
TEXT = '''
BÁO NGHỆ AN
Thứ Bảy, 16/05/2026 - 07:30

Trang chủ | Chính trị | Kinh tế | Xã hội | Chuyển đổi số | Văn hóa | Thể thao | Nghệ An và bạn bè

Chỉ số cải cách hành chính năm 2025: Nghệ An tăng 8 bậc

(Baonghean.vn) - Chiều 15/5, Bộ Nội vụ công bố Chỉ số cải cách hành chính (PAR Index) và Chỉ số hài lòng về sự phục vụ hành chính (SIPAS) năm 2025 của 34 tỉnh, thành phố. PAR Index năm 2025 của Nghệ An đạt 90,14%, tăng 2,36 điểm phần trăm so với năm 2024, xếp thứ 7/34, tăng 8 bậc so với năm 2024.

Kết quả này cao hơn giá trị trung bình của cả nước (87,92%) 2,22 điểm phần trăm. Chỉ số SIPAS năm 2025 của tỉnh đạt 86,45%, tăng 1,02% so với năm 2024, xếp thứ 12/34.

Cùng đợt, Bộ Khoa học và Công nghệ công bố Chỉ số chuyển đổi số (DTI) năm 2025. Nghệ An đạt 0,6318 điểm, tăng 0,0745 điểm, xếp thứ 11/34, tăng 5 bậc. Ba trụ cột chính quyền số, kinh tế số, xã hội số lần lượt đạt 0,7012; 0,5526 và 0,6403 điểm. Tỷ trọng kinh tế số trong GRDP năm 2025 ước đạt 11,2%.

Lãnh đạo tỉnh kiểm tra hoạt động của Trung tâm Phục vụ hành chính công tỉnh Nghệ An. Ảnh: Thành Cường

Theo Sở Nội vụ, năm 2025, tỷ lệ hồ sơ trực tuyến toàn trình đạt 68,7%; tỷ lệ hồ sơ giải quyết đúng hạn đạt 99,52%; 100% hồ sơ được số hóa khi tiếp nhận. Từ ngày 1/7/2025, 130 xã, phường mới đi vào hoạt động, bộ phận một cửa cấp xã tiếp nhận 412.300 hồ sơ trong 6 tháng cuối năm, trong đó hồ sơ trễ hạn chiếm 0,8%.

Chỉ số thành phần "Cải cách tổ chức bộ máy hành chính" đạt số điểm tối đa; chỉ số "Xây dựng và phát triển Chính phủ số" tăng 6,4 điểm phần trăm, là chỉ số tăng mạnh nhất. Riêng chỉ số "Cải cách chế độ công vụ" giảm 1,15 điểm phần trăm.

Năm 2026, tỉnh phấn đấu PAR Index và SIPAS nằm trong nhóm 5 địa phương dẫn đầu; tỷ lệ hồ sơ trực tuyến toàn trình đạt ít nhất 80%; kinh tế số chiếm 13 - 14% GRDP.

Thành Cường

Tin liên quan
- Nghệ An: 4 tháng đầu năm 2026 thu ngân sách đạt 8.650 tỷ đồng
- Vinh: Ra mắt 12 điểm "Bình dân học vụ số"
- Chỉ số PCI 2025: Nghệ An giữ vững vị trí trong nhóm khá

Báo Nghệ An - Cơ quan của Đảng bộ tỉnh Nghệ An | Giấy phép số 112/GP-BTTTT | Địa chỉ: Số 2 Lê Nin, phường Trường Vinh | ĐT: 0238.3844.539
'''
META = {'published': '2026-05-16', 'locality': 'tỉnh Nghệ An'}
DEFAULTS = {'locality': 'tỉnh Nghệ An', 'period': '2025', 'modality': 'actual'}
P = dict(indicator='par_index')
UP = dict(direction='up')
DN = dict(direction='down')
B24 = dict(base='2024')
T = dict(period='2026', modality='target')
FIGS = [
 ('Nghệ An tăng 8 bậc', '8', 'change', 'bậc', dict(P, **UP)),
 ('đạt 90,14%', '90,14%', 'level', '%', dict(P)),
 ('2,36 điểm phần trăm', '2,36 điểm phần trăm', 'change', 'điểm %', dict(P, **UP, **B24)),
 ('tăng 8 bậc so', '8', 'change', 'bậc', dict(P, **UP, **B24)),
 ('(87,92%)', '87,92%', 'level', '%', dict(P, locality='cả nước')),
 ('2,22 điểm phần trăm', '2,22 điểm phần trăm', 'change', 'điểm %', dict(P, **UP)),
 ('đạt 86,45%', '86,45%', 'level', '%', dict()),
 ('tăng 1,02%', '1,02%', 'change', '%', dict(UP, **B24)),
 ('đạt 0,6318 điểm', '0,6318 điểm', 'level', 'điểm', dict()),
 ('tăng 0,0745 điểm', '0,0745 điểm', 'change', 'điểm', dict(UP)),
 ('tăng 5 bậc', '5', 'change', 'bậc', dict(UP)),
 ('đạt 0,7012', '0,7012', 'level', 'điểm', dict()),
 ('0,5526', '0,5526', 'level', 'điểm', dict()),
 ('0,6403 điểm', '0,6403 điểm', 'level', 'điểm', dict()),
 ('ước đạt 11,2%', '11,2%', 'level', '%', dict(indicator='sector_share', modality='estimate')),
 ('đạt 68,7%', '68,7%', 'level', '%', dict()),
 ('đạt 99,52%', '99,52%', 'level', '%', dict()),
 ('100% hồ sơ', '100%', 'level', '%', dict()),
 ('130 xã, phường', '130', 'level', 'xã', dict(optional=True)),
 ('412.300 hồ sơ', '412.300', 'level', 'hồ sơ', dict(period='2025-H2')),
 ('chiếm 0,8%', '0,8%', 'level', '%', dict(period='2025-H2')),
 ('tăng 6,4 điểm phần trăm', '6,4 điểm phần trăm', 'change', 'điểm %', dict(UP)),
 ('giảm 1,15 điểm phần trăm', '1,15 điểm phần trăm', 'change', 'điểm %', dict(DN)),
 ('ít nhất 80%', '80%', 'level', '%', dict(T, bound='at_least')),
 ('13 - 14%', '13 - 14%', 'level', '%', dict(T, indicator='sector_share')),
]
