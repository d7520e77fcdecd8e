<#-- Thư cho người giữ tài khoản khi người được ủy quyền không nhận. Giá trị: taiKhoan, nguoiDuocUyQuyen, lyDo. -->
## tieu-de
Người được ủy quyền không nhận ủy quyền
## noi-dung
${nguoiDuocUyQuyen} không nhận ủy quyền sử dụng tài khoản ${taiKhoan}. Lý do: ${lyDo}

Giấy ủy quyền này đã kết thúc. Nếu vẫn cần ủy quyền, Anh/Chị lập giấy ủy quyền mới cho người khác.
