<#-- Công việc "Đang ủy quyền" của người giữ tài khoản. Markdown. Giá trị: so, nguoiDuocUyQuyen, taiKhoan, tuNgay, denNgay. -->
## noi-dung
**Giấy ủy quyền số ${so}**: ${nguoiDuocUyQuyen} sử dụng tài khoản ${taiKhoan} từ ngày ${tuNgay} đến hết ngày ${denNgay}.

Ủy quyền tự kết thúc vào cuối ngày ${denNgay}. Hoàn thành công việc này để kết thúc sớm.
