<#-- Thư cho hai bên khi lãnh đạo đơn vị không duyệt giấy ủy quyền. Giá trị: taiKhoan, nguoiDuocUyQuyen, lyDo. -->
## tieu-de
Giấy ủy quyền không được duyệt
## noi-dung
Lãnh đạo đơn vị không duyệt giấy ủy quyền sử dụng tài khoản ${taiKhoan} cho ${nguoiDuocUyQuyen}. Lý do: ${lyDo}
