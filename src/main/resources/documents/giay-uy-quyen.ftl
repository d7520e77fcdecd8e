<#-- Giấy ủy quyền sử dụng tài khoản trong thời gian vắng mặt. Giá trị: heThong (tên hệ thống của tài khoản). -->
## tieu-de
GIẤY ỦY QUYỀN
## trich-yeu
Về việc sử dụng tài khoản ${heThong} trong thời gian vắng mặt
## can-cu
Căn cứ Công văn số 2932/SLĐTBXH-VP ngày 20/8/2024 của Sở Lao động - Thương binh và Xã hội về triển khai công tác rà
soát đảm bảo an toàn, an ninh thông tin trong kết nối, khai thác cơ sở dữ liệu quốc gia về dân cư: không chia sẻ tài
khoản; người bận công tác ủy quyền việc quản lý, sử dụng tài khoản bằng giấy ủy quyền, ghi rõ thời gian ủy quyền và
trách nhiệm của các bên.
## muc-nguoi-uy-quyen
I. Người ủy quyền:
## muc-nguoi-duoc-uy-quyen
II. Người được ủy quyền:
## muc-noi-dung
III. Nội dung ủy quyền:
## muc-trach-nhiem-nguoi-uy-quyen
IV. Trách nhiệm của người ủy quyền:
## muc-trach-nhiem-nguoi-duoc-uy-quyen
V. Trách nhiệm của người được ủy quyền:
