<#-- Thư cho hai bên khi giấy ủy quyền được duyệt. Giá trị: so, taiKhoan, tuNgay, denNgay. -->
## tieu-de
Giấy ủy quyền đã được duyệt
## noi-dung
Giấy ủy quyền số ${so} sử dụng tài khoản ${taiKhoan} từ ngày ${tuNgay} đến hết ngày ${denNgay} đã được lãnh đạo đơn vị duyệt.
