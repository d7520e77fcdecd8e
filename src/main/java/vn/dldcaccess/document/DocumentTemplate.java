package vn.dldcaccess.document;

import java.util.List;
import java.util.Map;

/**
 * The wording of each document, one FreeMarker template per document in {@code src/main/resources/documents/}
 * (a province overrides any of them from {@code dldc.documents.templates-folder}). A template is plain text in
 * sections, each opened by a line "## name"; paragraphs are separated by an empty line, list items (Nơi nhận) are
 * one per line. The sample model is what the start-up check renders each template with: a template that does not
 * parse, names a value the document does not have, or leaves out a section is refused at start.
 */
public enum DocumentTemplate implements TextTemplate {
    REGISTRATION_FORM("phieu-dang-ky-1658.ftl", List.of("tieu-de", "trich-yeu", "cam-ket"), Map.of()),
    CLOSURE_NOTICE("thong-bao-dong-tai-khoan.ftl", List.of("ten-van-ban", "trich-yeu", "noi-dung", "sau-bang", "noi-nhan"),
            Map.of("coQuan", "Sở Tư pháp", "nguoi", "Ngô Đức Thịnh", "lyDo", "nghỉ hưu", "viTriMoi", "Chuyên viên",
                    "coQuanMoi", "Sở Nội vụ", "ngayBanGiao", "02/03/2026", "hanDong", "09/03/2026")),
    REVIEW_REPORT("bien-ban-ra-soat.ftl", List.of("ten-van-ban", "trich-yeu", "noi-dung", "sau-bang", "noi-nhan"),
            Map.ofEntries(Map.entry("coQuan", "Sở Tư pháp"), Map.entry("donVi", "Phòng Hành chính tư pháp"),
                    Map.entry("dot", "RS-1"), Map.entry("moDot", "25/02/2026"), Map.entry("luc", "14 giờ 35"),
                    Map.entry("ngayRaSoat", "02/03/2026"), Map.entry("thanhPhan",
                            List.of("Ngô Thanh Tùng, Trưởng phòng - Phòng Hành chính tư pháp, người rà soát và ghi kết quả")),
                    Map.entry("soTaiKhoan", 4), Map.entry("giuLai", 3), Map.entry("deNghiDong", 1))),
    AGENCY_LETTER("cong-van-de-nghi-cap.ftl", List.of("ten-van-ban", "trich-yeu", "kinh-gui", "noi-dung", "tieu-de-danh-sach",
            "noi-nhan"), Map.of("coQuan", "Sở Tư pháp", "coQuanTongHop", "Sở Thông tin và Truyền thông", "soNguoi", 2)),
    BATCH_LETTER("cong-van-gui-pc06.ftl", List.of("ten-van-ban", "trich-yeu", "kinh-gui", "noi-dung", "tieu-de-danh-sach",
            "tieu-de-danh-sach-thu-hoi", "noi-nhan"), Map.of("coQuanTongHop", "Sở Thông tin và Truyền thông",
            "pc06", "Phòng Cảnh sát QLHC về TTXH - Công an tỉnh", "canCu", List.of("Công văn số 12/STP-VP ngày 02/03/2026 "
                    + "của Sở Tư pháp"), "soNguoi", 3, "soCoQuan", 1, "soThuHoi", 1)),
    AUTHORIZATION_LETTER("giay-uy-quyen.ftl", List.of("tieu-de", "trich-yeu", "can-cu", "muc-nguoi-uy-quyen",
            "muc-nguoi-duoc-uy-quyen", "muc-noi-dung", "muc-trach-nhiem-nguoi-uy-quyen",
            "muc-trach-nhiem-nguoi-duoc-uy-quyen"), Map.of("heThong", "VNPT-iOffice"));

    private final String file;
    private final List<String> sections;
    private final Map<String, Object> sample;

    DocumentTemplate(String file, List<String> sections, Map<String, Object> sample) {
        this.file = file;
        this.sections = sections;
        this.sample = sample;
    }

    @Override
    public String file() {
        return file;
    }

    @Override
    public List<String> sections() {
        return sections;
    }

    @Override
    public Map<String, Object> sample() {
        return sample;
    }

    @org.springframework.stereotype.Component
    static class All implements TextTemplate.Catalog {
        @Override
        public List<DocumentTemplate> templates() {
            return List.of(values());
        }
    }
}
