<#-- Thư cho hai bên ngày bắt đầu ủy quyền. Giá trị: so, taiKhoan, nguoiDuocUyQuyen, denNgay, phamVi. -->
## tieu-de
Bắt đầu ủy quyền sử dụng tài khoản ${taiKhoan}
## noi-dung
${nguoiDuocUyQuyen} được sử dụng tài khoản ${taiKhoan} theo giấy ủy quyền số ${so} đến hết ngày ${denNgay}, trong phạm vi: ${phamVi}
