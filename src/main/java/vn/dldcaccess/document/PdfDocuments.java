package vn.dldcaccess.document;

import org.springframework.stereotype.Component;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.time.format.DateTimeFormatter;
import java.util.List;

import static vn.dldcaccess.document.PdfLayout.Align;
import static vn.dldcaccess.document.PdfLayout.LEFT;
import static vn.dldcaccess.document.PdfLayout.MM;
import static vn.dldcaccess.document.PdfLayout.RIGHT;

/** Renders the documents of the chain in the layout of Decree 30/2020/NĐ-CP. */
@Component
public class PdfDocuments {
    static final String NATION = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM";
    static final String MOTTO = "Độc lập - Tự do - Hạnh phúc";
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");

    public static String placeAndDate(String place, LocalDate date) {
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
    }

    /**
     * The title above a signature (Decree 30): the head signs under the agency's title; a deputy signs
     * "KT." (on behalf of) the head, with their own position below.
     */
    public static String signatureTitle(String headTitle, String signerPosition) {
        if (signerPosition == null || signerPosition.isBlank() || signerPosition.strip().equalsIgnoreCase(headTitle)) {
            return headTitle;
        }
        return "KT. " + headTitle + "\n" + signerPosition.strip();
    }

    public static String dmy(LocalDate date) {
        return date == null ? "" : DMY.format(date);
    }

    public byte[] registrationForm(RegistrationFormData data) {
        try (PdfLayout pdf = new PdfLayout()) {
            header(pdf, data.header());
            pdf.moveDown(14);
            pdf.paragraph(data.title(), pdf.bold, 14, LEFT, RIGHT, Align.CENTER, 0);
            pdf.paragraph(data.subtitle(), pdf.italic, 12, LEFT, RIGHT, Align.CENTER, 0);
            pdf.paragraph("Số phiếu: " + data.requestNumber(), pdf.regular, 12, LEFT, RIGHT, Align.CENTER, 0);
            pdf.moveDown(8);
            int n = 1;
            for (LabeledValue field : data.fields()) {
                pdf.paragraph(n++ + ". " + field.label() + ": " + field.value(), pdf.regular, 13, LEFT, RIGHT,
                        Align.JUSTIFY, 0);
            }
            pdf.moveDown(4);
            pdf.paragraph(n + ". Cam kết của người đăng ký:", pdf.bold, 13, LEFT, RIGHT, Align.LEFT, 0);
            for (String c : data.commitments()) {
                pdf.paragraph("[x] " + c, pdf.regular, 13, LEFT + 6 * MM, RIGHT, Align.JUSTIFY, 0);
            }
            pdf.moveDown(10);
            signatures(pdf, "XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ",
                    data.confirmedOn() == null ? "" : "Đã xác nhận ngày " + dmy(data.confirmedOn()),
                    data.unitHeadName(), "NGƯỜI ĐĂNG KÝ", "(Đã đăng ký trên hệ thống)", data.applicantName());
            return pdf.finish("registration-form");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] authorizationLetter(AuthorizationLetterData data) {
        try (PdfLayout pdf = new PdfLayout()) {
            header(pdf, data.header());
            pdf.moveDown(14);
            pdf.paragraph("GIẤY ỦY QUYỀN", pdf.bold, 14, LEFT, RIGHT, Align.CENTER, 0);
            pdf.paragraph(data.subtitle(), pdf.italic, 12, LEFT, RIGHT, Align.CENTER, 0);
            pdf.moveDown(6);
            pdf.paragraph("Căn cứ Công văn số 2932 về bảo đảm an toàn thông tin khi khai thác Cơ sở dữ liệu quốc gia "
                    + "về dân cư: không dùng chung tài khoản; người vắng mặt ủy quyền bằng văn bản, ghi rõ thời hạn và "
                    + "trách nhiệm của mỗi bên.", pdf.italic, 12, LEFT, RIGHT, Align.JUSTIFY, 10 * MM);
            section(pdf, "I. Người ủy quyền:", data.holder(), null);
            section(pdf, "II. Người được ủy quyền:", data.delegate(), null);
            section(pdf, "III. Nội dung ủy quyền:", data.content(), null);
            section(pdf, "IV. Trách nhiệm của người ủy quyền:", List.of(), data.holderDuties());
            section(pdf, "V. Trách nhiệm của người được ủy quyền:", List.of(), data.delegateDuties());
            pdf.moveDown(10);
            signatures(pdf, "NGƯỜI ĐƯỢC ỦY QUYỀN", "(Đã đồng ý trên hệ thống)", data.delegateName(),
                    "NGƯỜI ỦY QUYỀN", "(Đã đề nghị trên hệ thống)", data.holderName());
            pdf.moveDown(6);
            pdf.ensureSpace(90);
            pdf.paragraph(data.approverTitle(), pdf.bold, 12, LEFT, RIGHT, Align.CENTER, 0);
            pdf.paragraph("(Đã duyệt ngày " + dmy(data.approvedOn()) + ")", pdf.italic, 12, LEFT, RIGHT, Align.CENTER, 0);
            pdf.moveDown(30);
            pdf.paragraph(data.approverName() == null ? "" : data.approverName(), pdf.bold, 13, LEFT, RIGHT,
                    Align.CENTER, 0);
            return pdf.finish("authorization-letter");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void section(PdfLayout pdf, String title, List<LabeledValue> fields, List<String> items)
            throws IOException {
        pdf.moveDown(4);
        pdf.paragraph(title, pdf.bold, 13, LEFT, RIGHT, Align.LEFT, 0);
        for (LabeledValue f : fields) {
            pdf.paragraph("- " + f.label() + ": " + f.value(), pdf.regular, 13, LEFT + 6 * MM, RIGHT, Align.JUSTIFY, 0);
        }
        if (items != null) {
            for (String i : items) {
                pdf.paragraph("- " + i, pdf.regular, 13, LEFT + 6 * MM, RIGHT, Align.JUSTIFY, 0);
            }
        }
    }

    /** @param signed whether the director has signed; a draft for review says so above the signature */
    public byte[] letterWithList(LetterData data, boolean signed) {
        return letterWithList(data, signed, null);
    }

    /**
     * The letter, its list (left out when it has nobody) and a further list on its own pages (when given and
     * not empty): each list page landscape, its header repeated, pages numbered.
     */
    public byte[] letterWithList(LetterData data, boolean signed, AttachedList extra) {
        try (PdfLayout pdf = new PdfLayout()) {
            if (!signed) {
                pdf.stamp("DỰ THẢO");
            }
            header(pdf, data.header());
            pdf.moveDown(12);
            pdf.paragraph("Kính gửi: " + data.recipient(), pdf.regular, 14, LEFT + 20 * MM, RIGHT, Align.LEFT, 0);
            pdf.moveDown(8);
            for (String p : data.body()) {
                pdf.paragraph(p, pdf.regular, 14, LEFT, RIGHT, Align.JUSTIFY, 10 * MM);
                pdf.moveDown(4);
            }
            pdf.moveDown(6);
            copiesAndSigner(pdf, data.copiesTo(), data.signerTitle(), data.signerName(), signed);
            String attachedTo = "(Kèm theo Công văn " + stripNumberPrefix(data.header().numberLine()) + " ngày "
                    + dmy(data.header().date()) + " của " + data.header().issuer() + ")";
            if (data.personCount() > 0) {
                pdf.newPage(true);
                float right = pdf.right();
                pdf.paragraph(data.listTitle(), pdf.bold, 13, LEFT, right, Align.CENTER, 0);
                pdf.paragraph(attachedTo, pdf.italic, 12, LEFT, right, Align.CENTER, 0);
                pdf.moveDown(8);
                pdf.table(data.columns(), data.widths(), data.sections(), 9);
                pdf.moveDown(6);
                pdf.paragraph("Tổng cộng: " + data.personCount() + " người" + (data.sections().size() > 1
                        ? " của " + data.sections().size() + " cơ quan." : "."), pdf.bold, 12, LEFT, right, Align.LEFT, 0);
            }
            if (extra != null && !extra.rows().isEmpty()) {
                pdf.newPage(true);
                float right = pdf.right();
                pdf.paragraph(extra.title(), pdf.bold, 13, LEFT, right, Align.CENTER, 0);
                pdf.paragraph(attachedTo, pdf.italic, 12, LEFT, right, Align.CENTER, 0);
                pdf.moveDown(8);
                pdf.table(extra.columns(), extra.widths(), LetterData.single(extra.rows()), 9);
                pdf.moveDown(6);
                pdf.paragraph(extra.totalLine(), pdf.bold, 12, LEFT, right, Align.LEFT, 0);
            }
            return pdf.finish("letter-with-list");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /**
     * A register printed from the application: the issuer, the title and what it was filtered by, one table on
     * landscape pages with its header repeated, a total, pages numbered.
     */
    public byte[] register(String issuer, String title, String filterLine, List<String> columns, float[] widths,
                           List<List<String>> rows, String totalLine) {
        try (PdfLayout pdf = new PdfLayout(true)) {
            float right = pdf.right();
            pdf.paragraph(issuer.toUpperCase(), pdf.bold, 11, LEFT, right, Align.LEFT, 0);
            pdf.moveDown(6);
            pdf.paragraph(title, pdf.bold, 14, LEFT, right, Align.CENTER, 0);
            pdf.paragraph(filterLine, pdf.italic, 11, LEFT, right, Align.CENTER, 0);
            pdf.moveDown(8);
            if (!rows.isEmpty()) {
                pdf.table(columns, widths, LetterData.single(rows), 8);
            }
            pdf.moveDown(6);
            pdf.paragraph(totalLine, pdf.bold, 11, LEFT, right, Align.LEFT, 0);
            return pdf.finish("register");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripNumberPrefix(String numberLine) {
        return numberLine == null ? "" : numberLine.replaceFirst("^Số:\\s*", "số ");
    }

    /** Two columns: issuer on the left, national name and motto on the right, place and date below. */
    private static void header(PdfLayout pdf, OfficialHeader h) throws IOException {
        float mid = LEFT + (RIGHT - LEFT) * 0.42f;
        float top = pdf.y();
        pdf.paragraph(h.parentBody().toUpperCase(), pdf.regular, 12, LEFT, mid, Align.CENTER, 0);
        pdf.paragraph(h.issuer().toUpperCase(), pdf.bold, 12, LEFT, mid, Align.CENTER, 0);
        float cx = (LEFT + mid) / 2;
        pdf.hline(cx - 15 * MM, cx + 15 * MM, pdf.y() - 3, 0.6f);
        pdf.moveDown(8);
        if (h.numberLine() != null) {
            pdf.paragraph(h.numberLine(), pdf.regular, 13, LEFT, mid, Align.CENTER, 0);
        }
        if (h.subject() != null) {
            pdf.paragraph(h.subject(), pdf.regular, 12, LEFT, mid, Align.CENTER, 0);
        }
        float leftBottom = pdf.y();
        pdf.moveDown(pdf.y() - top);
        pdf.paragraph(NATION, pdf.bold, 12, mid, RIGHT, Align.CENTER, 0);
        pdf.paragraph(MOTTO, pdf.bold, 13, mid, RIGHT, Align.CENTER, 0);
        float mottoWidth = pdf.width(MOTTO, pdf.bold, 13);
        float rc = (mid + RIGHT) / 2;
        pdf.hline(rc - mottoWidth / 2, rc + mottoWidth / 2, pdf.y() - 3, 0.6f);
        pdf.moveDown(10);
        pdf.paragraph(placeAndDate(h.placeName(), h.date()), pdf.italic, 13, mid, RIGHT, Align.CENTER, 0);
        pdf.moveDown(Math.max(0, pdf.y() - leftBottom));
    }

    private static void copiesAndSigner(PdfLayout pdf, List<String> copiesTo, String signerTitle, String signerName,
                                        boolean signed)
            throws IOException {
        pdf.ensureSpace(110);
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        float top = pdf.y();
        pdf.paragraph("Nơi nhận:", pdf.bold, 12, LEFT, mid, Align.LEFT, 0);
        for (String c : copiesTo) {
            pdf.paragraph("- " + c, pdf.regular, 11, LEFT, mid, Align.LEFT, 0);
        }
        float leftBottom = pdf.y();
        pdf.moveDown(pdf.y() - top);
        for (String line : signerTitle.split("\n")) {
            pdf.paragraph(line.toUpperCase(), pdf.bold, 13, mid, RIGHT, Align.CENTER, 0);
        }
        pdf.paragraph(signed ? "(Đã ký)" : "(Dự thảo trình ký)", pdf.italic, 12, mid, RIGHT, Align.CENTER, 0);
        pdf.moveDown(40);
        pdf.paragraph(signerName == null ? "" : signerName, pdf.bold, 13, mid, RIGHT, Align.CENTER, 0);
        pdf.moveDown(Math.max(0, pdf.y() - leftBottom));
    }

    private static void signatures(PdfLayout pdf, String leftTitle, String leftNote, String leftName,
                                   String rightTitle, String rightNote, String rightName) throws IOException {
        pdf.ensureSpace(100);
        float mid = LEFT + (RIGHT - LEFT) * 0.5f;
        float top = pdf.y();
        pdf.paragraph(leftTitle, pdf.bold, 12, LEFT, mid, Align.CENTER, 0);
        pdf.paragraph(leftNote, pdf.italic, 12, LEFT, mid, Align.CENTER, 0);
        pdf.moveDown(36);
        pdf.paragraph(leftName == null ? "" : leftName, pdf.bold, 13, LEFT, mid, Align.CENTER, 0);
        float leftBottom = pdf.y();
        pdf.moveDown(pdf.y() - top);
        pdf.paragraph(rightTitle, pdf.bold, 12, mid, RIGHT, Align.CENTER, 0);
        pdf.paragraph(rightNote, pdf.italic, 12, mid, RIGHT, Align.CENTER, 0);
        pdf.moveDown(36);
        pdf.paragraph(rightName, pdf.bold, 13, mid, RIGHT, Align.CENTER, 0);
        pdf.moveDown(Math.max(0, pdf.y() - leftBottom));
    }
}
