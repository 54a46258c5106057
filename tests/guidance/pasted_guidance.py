"""A guidance pasted from a web page in parts (portal chrome, header, body, appendix) for the
locate tests."""

PORTAL = (
    "Trang chủ\nGiới thiệu\nTin tức - Sự kiện\nVăn bản\nTìm kiếm\nNhập từ khóa tìm kiếm...\n"
    "Số hiệu: 40-HD/BTGDVTW\nNgày ban hành: 27/11/2025\nNgười ký: Nguyễn Trọng Nghĩa\n"
    "Loại văn bản: Hướng dẫn\n"
)
HEADER = (
    "BAN CHẤP HÀNH TRUNG ƯƠNG\nBAN TUYÊN GIÁO VÀ DÂN VẬN\nĐẢNG CỘNG SẢN VIỆT NAM\n"
    "Số 40-HD/BTGDVTW\nHà Nội, ngày 27 tháng 11 năm 2025\nHƯỚNG DẪN\n"
    "tuyên truyền kỷ niệm 96 năm Ngày thành lập Đảng\n"
)
BODY = (
    "I. MỤC ĐÍCH, YÊU CẦU\n1. Mục đích\n- Nâng cao nhận thức.\nII. TỔ CHỨC THỰC HIỆN\n"
    "1. Các tỉnh ủy, thành ủy\n- Tổ chức quán triệt.\n"
    "Nơi nhận:\n- Các tỉnh ủy, thành ủy;\n- Lưu Văn phòng.\nK/T TRƯỞNG BAN\nPHÓ TRƯỞNG BAN\n"
    "Đinh Thị Mai\n"
)
APPENDIX = (
    "PHỤ LỤC\nDANH SÁCH CÁC TỈNH\n(Kèm theo Hướng dẫn số 40-HD/BTGDVTW, ngày 27/11/2025)\n"
    "TT\nTỉnh\n1\nCà Mau\n2\nAn Giang\n"
)
