<#-- Danh sách phiếu đăng ký đã xác nhận trong công việc lập công văn của Văn phòng. Markdown.
     Giá trị: phieu (mỗi phiếu: nhan — số, tên, đơn vị —, duongDan). -->
## noi-dung
**Phiếu đăng ký đã xác nhận:**

<#list phieu as p>
- [${p.nhan}](${p.duongDan})
</#list>
