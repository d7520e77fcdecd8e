<#-- Công văn của cơ quan tổng hợp gửi Công an tỉnh (PC06): đề nghị cấp và/hoặc thu hồi tài khoản.
     Giá trị: coQuanTongHop, pc06, canCu (danh sách "Công văn số … ngày … của …"), soNguoi, soCoQuan, soThuHoi. -->
## ten-van-ban
Công văn
## trich-yeu
V/v đề nghị <#if soNguoi == 0 && soThuHoi gt 0>thu hồi<#elseif soThuHoi gt 0>cấp và thu hồi<#else>cấp</#if> tài khoản khai thác Cơ sở dữ liệu quốc gia về dân cư
## kinh-gui
${pc06}
## noi-dung
Thực hiện Công văn số 1658/CV-TCTTKĐA ngày 24/3/2022 của Tổ công tác triển khai Đề án 06 về việc đăng ký tài
khoản khai thác Cơ sở dữ liệu quốc gia về dân cư;
<#if canCu?has_content>

Căn cứ đề nghị của các cơ quan, đơn vị: ${canCu?join("; ")};
</#if>
<#if soNguoi gt 0>

${coQuanTongHop} tổng hợp, đề nghị ${pc06} xem xét cấp tài khoản khai thác Cơ sở dữ liệu quốc gia về dân cư cho
${soNguoi} công chức, viên chức của ${soCoQuan} cơ quan có tên trong danh sách kèm theo.
</#if>
<#if soThuHoi gt 0>

<#if soNguoi gt 0>Đồng thời, đề nghị thu hồi<#else>${coQuanTongHop} đề nghị thu hồi</#if> ${soThuHoi} tài khoản của công
chức, viên chức đã thay đổi vị trí, chuyển công tác, nghỉ hưu, nghỉ việc hoặc được đề nghị đóng sau rà soát
(danh sách kèm theo).
</#if>

Trân trọng./.
## tieu-de-danh-sach
DANH SÁCH TỔNG HỢP ĐỀ NGHỊ CẤP TÀI KHOẢN KHAI THÁC CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ
## tieu-de-danh-sach-thu-hoi
DANH SÁCH ĐỀ NGHỊ THU HỒI TÀI KHOẢN KHAI THÁC CƠ SỞ DỮ LIỆU QUỐC GIA VỀ DÂN CƯ
## noi-nhan
Như trên;
Các cơ quan có tên trong danh sách;
Lưu: VT.
