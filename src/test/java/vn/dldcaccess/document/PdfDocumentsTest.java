package vn.dldcaccess.document;

import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

class PdfDocumentsTest {
    final PdfDocuments pdf = new PdfDocuments();
    static final String[] NAMES = {"Nguyễn Thị Hường", "Trần Văn Đức", "Lê Hoàng Yến", "Phạm Quốc Việt",
            "Huỳnh Ngọc Ẩn", "Võ Thị Ửng", "Đặng Minh Khôi", "Bùi Thị Mỹ Linh", "Ngô Đức Thịnh", "Dương Thị Kim Oanh"};

    static OfficialHeader header() {
        return new OfficialHeader("UBND TỈNH AN GIANG", "Sở Lao động - Thương binh và Xã hội", "Số: 125/SLĐTBXH-VP",
                "V/v đề nghị cấp tài khoản", "An Giang", LocalDate.of(2026, 8, 20));
    }

    static final SignatureBlock SIGNED = SignatureBlock.signedOnSystem("GIÁM ĐỐC", "Huỳnh Văn Thắng",
            LocalDate.of(2026, 8, 21));

    static LetterData letter(int rows) {
        return letter(rows, SIGNED, List.of("Đoạn một của công văn.", "Trân trọng./."));
    }

    static LetterData letter(int rows, SignatureBlock signature, List<String> body) {
        List<List<String>> table = new ArrayList<>();
        for (int i = 0; i < rows; i++) {
            table.add(List.of(String.valueOf(i + 1), NAMES[i % NAMES.length], "17/05/1990", "Nữ",
                    String.format("0891900%05d", i), "Chuyên viên", "Phòng Việc làm - An toàn lao động",
                    "Tiếp nhận hồ sơ thủ tục hành chính", "0912345678", "huongnt@angiang.gov.vn", "Tra cứu",
                    String.format("SLĐTBXH-2026-%06d", i + 1)));
        }
        return new LetterData(header(), "Sở Thông tin và Truyền thông", body,
                "DANH SÁCH ĐỀ NGHỊ CẤP TÀI KHOẢN",
                List.of("STT", "Họ và tên", "Ngày sinh", "Giới tính", "Số định danh cá nhân", "Chức vụ",
                        "Đơn vị công tác", "Nhiệm vụ được giao", "Số điện thoại", "Thư điện tử công vụ",
                        "Hình thức khai thác", "Số phiếu"),
                new float[]{27, 80, 52, 30, 68, 50, 70, 78, 56, 100, 40, 100}, LetterData.single(table),
                List.of("Như trên;", "Lưu: VT, VP."), signature, "Công văn");
    }

    /** An aggregated list: {@code rows} persons spread over {@code agencies} agencies, one section each. */
    static LetterData groupedLetter(int rows, int agencies) {
        LetterData flat = letter(rows);
        List<List<String>> all = flat.sections().get(0).rows();
        List<ListSection> sections = new ArrayList<>();
        int per = (rows + agencies - 1) / agencies;
        for (int a = 0; a < agencies; a++) {
            List<List<String>> part = all.subList(Math.min(a * per, rows), Math.min((a + 1) * per, rows));
            sections.add(new ListSection("Sở Ngành Số " + (a + 1) + " - Đơn vị tổng hợp", part));
        }
        return new LetterData(flat.header(), flat.recipient(), flat.body(), flat.listTitle(), flat.columns(),
                flat.widths(), sections, flat.copiesTo(), flat.signature(), flat.documentName());
    }

    @Test
    void aggregatedListIsGroupedByAgencyWithSubtotalsAndATotal() throws IOException {
        try (PDDocument doc = Loader.loadPDF(pdf.letterWithList(groupedLetter(1000, 20), true))) {
            String all = new PDFTextStripper().getText(doc);
            for (int a = 1; a <= 20; a++) {
                assertThat(all).contains("Sở Ngành Số " + a + " - Đơn vị tổng hợp");
            }
            assertThat(all.split("Cộng: 50 người", -1)).hasSize(21);
            assertThat(all).contains("Tổng cộng: 1000 người của 20 cơ quan.");
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                assertThat(text(doc, p)).contains("Số định danh cá nhân").contains(String.valueOf(p));
            }
        }
    }

    static String text(PDDocument doc, int page) throws IOException {
        PDFTextStripper s = new PDFTextStripper();
        s.setStartPage(page);
        s.setEndPage(page);
        return s.getText(doc).replaceAll("[ \\t\\r\\n]+", " ");
    }

    @Test
    void thousandRowListKeepsEveryDiacriticAndRepeatsItsHeaderOnEveryPage() throws IOException {
        byte[] bytes = pdf.letterWithList(letter(1000), true);
        try (PDDocument doc = Loader.loadPDF(bytes)) {
            assertThat(doc.getNumberOfPages()).isGreaterThan(10);
            String first = text(doc, 1);
            assertThat(first).contains("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM").contains("Độc lập - Tự do - Hạnh phúc")
                    .contains("An Giang, ngày 20 tháng 8 năm 2026").contains("SỞ LAO ĐỘNG - THƯƠNG BINH VÀ XÃ HỘI")
                    .contains("Số: 125/SLĐTBXH-VP").contains("Kính gửi: Sở Thông tin và Truyền thông")
                    .contains("(Đã ký duyệt trên hệ thống ngày 21/08/2026)");
            for (int p = 2; p <= doc.getNumberOfPages(); p++) {
                String t = text(doc, p);
                if (t.contains("SLĐTBXH-2026-0")) {
                    assertThat(t).as("header on page %d", p).contains("Họ và tên").contains("Thư điện tử công vụ");
                }
                assertThat(t.strip()).as("page number on page %d", p).endsWith(" " + p);
            }
            String all = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            for (String name : NAMES) {
                assertThat(all).contains(name);
            }
            assertThat(all.replace("- ", "-")).contains("SLĐTBXH-2026-001000").contains("Tổng cộng: 1000 người.");
            assertThat(doc.getPage(1).getMediaBox().getWidth()).isGreaterThan(doc.getPage(1).getMediaBox().getHeight());
        }
    }

    @Test
    void draftLetterSaysItIsNotSignedYet() throws IOException {
        LetterData draft = letter(3, SignatureBlock.draft("GIÁM ĐỐC", "Huỳnh Văn Thắng"), List.of("Trân trọng./."));
        try (PDDocument doc = Loader.loadPDF(pdf.letterWithList(draft, false))) {
            // a draft claims nothing: title and name, no "(Đã ký…)"
            assertThat(new PDFTextStripper().getText(doc)).contains("GIÁM ĐỐC").contains("Huỳnh Văn Thắng")
                    .doesNotContain("Đã ký").doesNotContain("trên hệ thống");
            // every page of a draft says so in its top margin, the list pages too
            assertThat(doc.getNumberOfPages()).isGreaterThan(1);
            for (int page = 1; page <= doc.getNumberOfPages(); page++) {
                PDFTextStripper stripper = new PDFTextStripper();
                stripper.setStartPage(page);
                stripper.setEndPage(page);
                assertThat(stripper.getText(doc)).as("page " + page).contains("DỰ THẢO");
            }
        }
        try (PDDocument doc = Loader.loadPDF(pdf.letterWithList(letter(3), true))) {
            assertThat(new PDFTextStripper().getText(doc)).doesNotContain("DỰ THẢO");
        }
    }

    @Test
    void registrationFormCarriesEveryFieldAndCommitment() throws IOException {
        RegistrationFormData data = new RegistrationFormData(header(), "PHIẾU ĐĂNG KÝ", "(Theo mẫu 1658)",
                "SLĐTBXH-2026-000001", List.of(new LabeledValue("Họ và tên", "Nguyễn Thị Hường"),
                new LabeledValue("Ghi chú", "Ưu tiên cấp trước đợt tổng kết; cán bộ phụ trách lĩnh vực người có công")),
                List.of("Không dùng chung tài khoản.", "Thay đổi mật khẩu ít nhất mỗi tháng một lần."),
                "Nguyễn Thị Hường", "Lê Thị Thu Hà", LocalDate.of(2026, 3, 2));
        try (PDDocument doc = Loader.loadPDF(pdf.registrationForm(data))) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            // issue 21: each commitment a ticked box (drawn, not "[x]") and its number under its section's
            assertThat(t).contains("1. Họ và tên: Nguyễn Thị Hường")
                    .contains("Ưu tiên cấp trước đợt tổng kết; cán bộ phụ trách lĩnh vực người có công")
                    .contains("3. Cam kết của người đăng ký:").contains("3.2. Thay đổi mật khẩu ít nhất mỗi tháng một lần.")
                    .doesNotContain("[x]")
                    .contains("(Đã xác nhận trên hệ thống ngày 02/03/2026)").contains("Lê Thị Thu Hà");
        }
    }

    @Test
    void charactersTheFontCannotShowBecomeQuestionMarksInsteadOfFailing() throws IOException {
        RegistrationFormData data = new RegistrationFormData(header(), "PHIẾU", "(mẫu)", "X-1",
                List.of(new LabeledValue("Ghi chú", "Cần gấp 😀 — trước 15/12 (“ưu tiên”) 中")), List.of(), "Ông Ưng Ửng",
                null, null);
        try (PDDocument doc = Loader.loadPDF(pdf.registrationForm(data))) {
            String t = new PDFTextStripper().getText(doc).replaceAll("\\s+", " ");
            assertThat(t).contains("Cần gấp ?? — trước 15/12 (“ưu tiên”) ?").contains("Ông Ưng Ửng");
        }
    }

    @Test
    void hashIsTheSha256OfTheBytes() {
        assertThat(DocumentStore.sha256("abc".getBytes()))
                .isEqualTo("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad");
    }
}
