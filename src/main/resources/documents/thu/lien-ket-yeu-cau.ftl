<#-- Dòng cuối mỗi thư về một yêu cầu: liên kết tới trang của yêu cầu. Giá trị: so, lienKet. -->
## noi-dung
Xem yêu cầu [${so}](${lienKet}) trên dldc-access (đăng nhập bằng tài khoản của Anh/Chị).
