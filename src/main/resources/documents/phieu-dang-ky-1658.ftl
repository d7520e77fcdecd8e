<#-- Phiếu đăng ký cấp tài khoản (mẫu kèm Công văn 1658/CV-TCTTKĐA). Các trường của phiếu lấy theo biểu mẫu đăng ký
     (cùng số mục như trên biểu mẫu); ở đây là tiêu đề và các cam kết của mục 13 (Công văn 2932/SLĐTBXH-VP §1, §2,
     §4, §5), mỗi dòng một cam kết, in là 13.1, 13.2, … theo thứ tự. Không có giá trị. -->
## tieu-de
PHIẾU ĐĂNG KÝ CẤP TÀI KHOẢN KHAI THÁC CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ
## trich-yeu
(Theo mẫu kèm Công văn số 1658/CV-TCTTKĐA ngày 24/3/2022 của Tổ công tác triển khai Đề án 06)
## cam-ket
Không dùng chung tài khoản; khi vắng mặt chỉ ủy quyền bằng văn bản có thời hạn.
Thay đổi mật khẩu ít nhất mỗi tháng một lần.
Đăng xuất khi không sử dụng.
Không lưu mật khẩu, không dùng chế độ đăng nhập tự động.
Chỉ khai thác dữ liệu dân cư bằng công cụ đã được kiểm định, đúng mục đích được giao.
Báo Văn phòng khi thay đổi vị trí, chuyển công tác, nghỉ hưu, thôi việc để đóng tài khoản.
