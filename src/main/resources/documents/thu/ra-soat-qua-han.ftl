<#-- Báo Văn phòng các đơn vị chưa gửi kết quả rà soát. Giá trị: hanNgay, donVi (danh sách tên đơn vị). -->
## tieu-de
Quá hạn rà soát tài khoản
## noi-dung
Đợt rà soát hạn ngày ${hanNgay} còn các đơn vị chưa gửi kết quả: ${donVi?join(", ")}.
