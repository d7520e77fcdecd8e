<#-- Tóm tắt công văn trong công việc ký của Giám đốc (văn bản thuần, ô chỉ đọc).
     Giá trị: so, ngay, coQuan, nguoi (mỗi người: so, ten, donVi). -->
## noi-dung
Công văn số ${so} ngày ${ngay} của ${coQuan}, đề nghị cấp tài khoản cho ${nguoi?size} người:
<#list nguoi as n>
- ${n.so}: ${n.ten} (${n.donVi})
</#list>
