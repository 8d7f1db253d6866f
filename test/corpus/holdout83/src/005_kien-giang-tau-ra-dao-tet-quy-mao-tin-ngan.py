TEXT = '''
ĐÀI PHÁT THANH VÀ TRUYỀN HÌNH KIÊN GIANG
Thời sự | 30-01-2023 | 17:05

Gần 49.000 lượt hành khách đi tàu ra đảo dịp Tết Quý Mão

(KGTV) - Theo Cảng vụ Đường thủy nội địa tỉnh, từ ngày 18/1 đến 26/1/2023 (27 tháng Chạp đến mùng 5 Tết), các tuyến tàu cao tốc, phà từ Rạch Giá, Hà Tiên đi Phú Quốc và các xã đảo đã vận chuyển 48.760 lượt hành khách, tăng 18% so với Tết Nhâm Dần 2022, cùng 6.420 lượt phương tiện; cảng vụ cấp phép cho 1.152 lượt tàu rời cảng, bình quân 128 lượt mỗi ngày.

Giá vé tàu cao tốc Rạch Giá - Phú Quốc giữ ổn định 340.000 đồng/vé. Riêng cảng Bãi Vòng (thành phố Phú Quốc) đón 26.150 lượt hành khách đến.

[Ảnh] Hành khách lên tàu tại bến tàu khách Rạch Giá sáng mùng 4 Tết. Ảnh: Minh Trí

Minh Trí

Tin mới nhất:
- Phú Quốc đón 5 chuyến tàu biển quốc tế đầu năm (29/01/2023)
- Đường dây nóng Cảng vụ: 0297.3862.113
'''
META = {'published': '2023-01-30', 'locality': 'tỉnh Kiên Giang'}
DEFAULTS = {'locality': 'tỉnh Kiên Giang', 'period': '2023-M01', 'modality': 'actual'}
def d(*ms, **kw):
    r = {}
    for m in ms: r.update(m)
    r.update(kw)
    return r
FIGS = [
 ('Gần 49.000 lượt', '49.000', 'level', 'lượt hành khách', d(bound='nearly')),
 ('chuyển 48.760', '48.760', 'level', 'lượt hành khách', d()),
 ('tăng 18%', '18%', 'change', '%', d(direction='up', base='same_period')),
 ('6.420 lượt phương tiện', '6.420', 'level', 'lượt phương tiện', d()),
 ('cho 1.152 lượt tàu', '1.152', 'level', 'lượt tàu', d()),
 ('quân 128 lượt', '128', 'level', 'lượt', d()),
 ('đón 26.150', '26.150', 'level', 'lượt hành khách', d(locality='thành phố Phú Quốc')),
 ('340.000 đồng/vé', '340.000 đồng/vé', 'level', 'VND/vé', d()),
]
