<#-- Thư cho người được ủy quyền khi người giữ tài khoản đề nghị ủy quyền cho mình. Giá trị: nguoiUyQuyen, taiKhoan, tuNgay, denNgay. -->
## tieu-de
Đề nghị nhận ủy quyền sử dụng tài khoản
## noi-dung
${nguoiUyQuyen} đề nghị ủy quyền cho Anh/Chị sử dụng tài khoản ${taiKhoan} từ ngày ${tuNgay} đến hết ngày ${denNgay}.

Vui lòng mở công việc "Người được ủy quyền nhận" trong Tasklist, đọc phạm vi và trách nhiệm của người được ủy quyền, rồi chọn đồng ý nhận hoặc không nhận. Giấy ủy quyền chỉ được trình lãnh đạo đơn vị duyệt sau khi Anh/Chị đồng ý.
