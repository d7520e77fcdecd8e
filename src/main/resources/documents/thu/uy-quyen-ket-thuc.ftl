<#-- Thư cho hai bên khi ủy quyền kết thúc. Giá trị: so, taiKhoan, nguoiDuocUyQuyen, lyDo. -->
## tieu-de
Kết thúc ủy quyền sử dụng tài khoản ${taiKhoan}
## noi-dung
Giấy ủy quyền số ${so} đã kết thúc (${lyDo}). ${nguoiDuocUyQuyen} không còn được sử dụng tài khoản; người ủy quyền cần đổi mật khẩu.
