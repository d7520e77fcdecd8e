<#-- Biên bản rà soát tài khoản của một đơn vị: một biên bản (tên loại và trích yếu; thời gian, địa điểm, thành phần,
     nội dung, kết quả), bảng các tài khoản nằm giữa "noi-dung" và "sau-bang".
     Giá trị: coQuan, donVi, dot (số hiệu đợt), moDot, ngayRaSoat (dd/MM/yyyy), luc ("14 giờ 35"),
     thanhPhan (danh sách "Họ tên, chức vụ - đơn vị, vai trò"), soTaiKhoan, giuLai, deNghiDong. -->
## ten-van-ban
Biên bản
## trich-yeu
Rà soát tài khoản của ${donVi}
## noi-dung
Thời gian: từ ngày ${moDot} (mở đợt rà soát ${dot}) đến ${luc} ngày ${ngayRaSoat} (ghi kết quả trên hệ thống).

Địa điểm: ${donVi}, ${coQuan}; rà soát và ghi kết quả trên hệ thống quản lý tài khoản.

Thành phần: <#list thanhPhan as p>${p}<#sep>; </#list>.

Nội dung: rà soát các tài khoản trên Hệ thống thông tin giải quyết thủ tục hành chính tỉnh (khai thác Cơ sở dữ liệu
quốc gia về dân cư), VNPT-iOffice và thư điện tử công vụ của công chức, viên chức thuộc ${donVi}, theo Công văn số
2932/SLĐTBXH-VP ngày 20/8/2024 của Sở Lao động - Thương binh và Xã hội.

Kết quả: đã rà soát ${soTaiKhoan} tài khoản, giữ lại ${giuLai}, đề nghị đóng ${deNghiDong}, cụ thể như sau:
## sau-bang
<#if deNghiDong gt 0>Các tài khoản đề nghị đóng được chuyển Văn phòng ${coQuan} để đóng theo quy định.

</#if>Biên bản lập trên hệ thống lúc ${luc} ngày ${ngayRaSoat}, gửi Văn phòng ${coQuan}./.
## noi-nhan
Văn phòng ${coQuan};
Lưu: VT, ${donVi}.
