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
    private static final DateTimeFormatter DMY = DateTimeFormatter.ofPattern("dd/MM/yyyy");
    private static final com.fasterxml.jackson.databind.ObjectMapper JSON = com.fasterxml.jackson.databind.json.JsonMapper
            .builder().findAndAddModules()
            .disable(com.fasterxml.jackson.databind.SerializationFeature.WRITE_DATES_AS_TIMESTAMPS).build();

    public static String placeAndDate(String place, LocalDate date) {
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + String.format("%02d", date.getMonthValue()) + " năm " + date.getYear();
    }

    /**
     * The title above a signature (Decree 30, Điều 13): the head signs under the agency's title; a deputy
     * ("Phó …") signs "KT." (ký thay) the head; anyone else signs "TL." (thừa lệnh), by the head's delegation;
     * the signer's own position below.
     */
    public static String signatureTitle(String headTitle, String signerPosition) {
        if (signerPosition == null || signerPosition.isBlank() || signerPosition.strip().equalsIgnoreCase(headTitle)) {
            return headTitle;
        }
        String position = signerPosition.strip();
        boolean deputy = position.regionMatches(true, 0, "Phó ", 0, 4);
        return (deputy ? "KT. " : "TL. ") + headTitle + "\n" + position;
    }

    public static String dmy(LocalDate date) {
        return date == null ? "" : DMY.format(date);
    }

    /** A letter and its further list, as its JSON attachment carries them. */
    private record LetterWithAnnex(LetterData letter, AttachedList annex) {
    }

    private record RegisterPrint(String issuer, String title, String filter, List<String> columns,
                                 List<List<String>> rows, String total) {
    }

    /** The data a document was rendered from, for its PDF/A attachment (dates as ISO strings). */
    private static byte[] json(Object data) {
        try {
            return JSON.writeValueAsBytes(data);
        } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
            throw new IllegalStateException("Document data not serializable: " + data.getClass(), e);
        }
    }

    /** The number as printed after "Số:", or null when the header has none or a blank one (a draft). */
    private static String number(OfficialHeader h) {
        if (h.numberLine() == null) {
            return null;
        }
        String n = h.numberLine().replaceFirst("^Số:\\s*", "").strip();
        return n.isEmpty() || n.startsWith("/") ? null : n;
    }

    public byte[] registrationForm(RegistrationFormData data) {
        try (PdfLayout pdf = new PdfLayout()) {
            PdfBlocks.header(pdf, data.header());
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
            SignatureBlock unitHead = data.confirmedOn() == null
                    ? SignatureBlock.draft("XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ", "")
                    : SignatureBlock.confirmedOnSystem("XÁC NHẬN CỦA LÃNH ĐẠO ĐƠN VỊ", data.unitHeadName(),
                    data.confirmedOn());
            SignatureBlock applicant = new SignatureBlock("NGƯỜI ĐĂNG KÝ", "(Đã đăng ký trên hệ thống)",
                    data.applicantName());
            List<String> commitments = data.commitments();
            for (int i = 0; i < commitments.size(); i++) {
                String c = "[x] " + commitments.get(i);
                if (i == commitments.size() - 1) {
                    keepWithNext(pdf, pdf.height(c, pdf.regular, 13, LEFT + 6 * MM, RIGHT, 0) + 10
                            + PdfBlocks.pairHeight(pdf, unitHead, applicant));
                }
                pdf.paragraph(c, pdf.regular, 13, LEFT + 6 * MM, RIGHT, Align.JUSTIFY, 0);
            }
            pdf.moveDown(10);
            PdfBlocks.pair(pdf, unitHead, applicant);
            return pdf.finish("registration-form", new DocumentMeta(data.title(), data.header().issuer(),
                    data.requestNumber(), data.header().date(), json(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] authorizationLetter(AuthorizationLetterData data) {
        try (PdfLayout pdf = new PdfLayout()) {
            PdfBlocks.header(pdf, data.header());
            pdf.moveDown(14);
            DocumentTexts.Texts t = data.texts();
            pdf.paragraph(t.line("tieu-de"), pdf.bold, 14, LEFT, RIGHT, Align.CENTER, 0);
            pdf.paragraph(t.line("trich-yeu"), pdf.italic, 12, LEFT, RIGHT, Align.CENTER, 0);
            pdf.moveDown(6);
            for (String p : t.paragraphs("can-cu")) {
                pdf.paragraph(p, pdf.italic, 12, LEFT, RIGHT, Align.JUSTIFY, 10 * MM);
            }
            section(pdf, t.line("muc-nguoi-uy-quyen"), data.holder(), null, 0);
            section(pdf, t.line("muc-nguoi-duoc-uy-quyen"), data.delegate(), null, 0);
            section(pdf, t.line("muc-noi-dung"), data.content(), null, 0);
            section(pdf, t.line("muc-trach-nhiem-nguoi-uy-quyen"), List.of(), data.holderDuties(), 0);
            // the parties' signatures and the unit head's approval go with the last duty, never alone
            float signatures = 10 + PdfBlocks.pairHeight(pdf, data.delegateSignature(), data.holderSignature())
                    + 6 + PdfBlocks.singleHeight(pdf, data.approval());
            section(pdf, t.line("muc-trach-nhiem-nguoi-duoc-uy-quyen"), List.of(), data.delegateDuties(), signatures);
            pdf.moveDown(10);
            PdfBlocks.pair(pdf, data.delegateSignature(), data.holderSignature());
            pdf.moveDown(6);
            PdfBlocks.single(pdf, data.approval());
            return pdf.finish("authorization-letter", new DocumentMeta(t.line("tieu-de") + " - " + t.line("trich-yeu"),
                    data.header().issuer(), number(data.header()), data.header().date(), json(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Starts a new page unless {@code height} fits, when it can fit on a fresh page at all. */
    private static void keepWithNext(PdfLayout pdf, float height) throws IOException {
        if (height < pdf.top() - PdfLayout.BOTTOM) {
            pdf.ensureSpace(height);
        }
    }

    /** @param keepWithLast height of what follows, kept on one page with the section's last line */
    private static void section(PdfLayout pdf, String title, List<LabeledValue> fields, List<String> items,
                                float keepWithLast) throws IOException {
        pdf.moveDown(4);
        pdf.paragraph(title, pdf.bold, 13, LEFT, RIGHT, Align.LEFT, 0);
        List<String> lines = new java.util.ArrayList<>();
        fields.forEach(f -> lines.add("- " + f.label() + ": " + f.value()));
        if (items != null) {
            items.forEach(i -> lines.add("- " + i));
        }
        for (int i = 0; i < lines.size(); i++) {
            if (i == lines.size() - 1 && keepWithLast > 0) {
                keepWithNext(pdf, pdf.height(lines.get(i), pdf.regular, 13, LEFT + 6 * MM, RIGHT, 0) + keepWithLast);
            }
            pdf.paragraph(lines.get(i), pdf.regular, 13, LEFT + 6 * MM, RIGHT, Align.JUSTIFY, 0);
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
            PdfBlocks.header(pdf, data.header());
            pdf.moveDown(12);
            pdf.paragraph("Kính gửi: " + data.recipient(), pdf.regular, 14, LEFT + 20 * MM, RIGHT, Align.LEFT, 0);
            pdf.moveDown(8);
            List<String> body = data.body();
            for (int i = 0; i < body.size(); i++) {
                if (i == body.size() - 1) {
                    // the closing paragraph goes over with the signature, which never stands alone
                    keepWithNext(pdf, pdf.height(body.get(i), pdf.regular, 14, LEFT, RIGHT, 10 * MM) + 10
                            + PdfBlocks.copiesAndSignerHeight(pdf, data.copiesTo(), data.signature()));
                }
                pdf.paragraph(body.get(i), pdf.regular, 14, LEFT, RIGHT, Align.JUSTIFY, 10 * MM);
                pdf.moveDown(4);
            }
            pdf.moveDown(6);
            PdfBlocks.copiesAndSigner(pdf, data.copiesTo(), data.signature());
            String attachedTo = "(Kèm theo " + data.documentName() + " "
                    + stripNumberPrefix(data.header().numberLine()) + " ngày "
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
            String title = data.header().subject() != null ? data.header().subject() : data.listTitle();
            return pdf.finish("letter-with-list", new DocumentMeta(signed ? title : "DỰ THẢO - " + title,
                    data.header().issuer(), signed ? number(data.header()) : null, data.header().date(),
                    json(extra == null ? data : new LetterWithAnnex(data, extra))));
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
            return pdf.finish("register", new DocumentMeta(title, issuer, null, null,
                    json(new RegisterPrint(issuer, title, filterLine, columns, rows, totalLine))));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static String stripNumberPrefix(String numberLine) {
        return numberLine == null ? "" : numberLine.replaceFirst("^Số:\\s*", "số ");
    }
}
