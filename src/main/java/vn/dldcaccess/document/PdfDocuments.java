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

    /**
     * "An Giang, ngày 05 tháng 3 năm 2026" (Decree 30, Phụ lục I: a day below 10 and the months 1 and 2 take a
     * leading zero, the other months none).
     */
    public static String placeAndDate(String place, LocalDate date) {
        int m = date.getMonthValue();
        return place + ", ngày " + String.format("%02d", date.getDayOfMonth()) + " tháng "
                + (m < 3 ? "0" + m : String.valueOf(m)) + " năm " + date.getYear();
    }

    /**
     * The title above a signature (Decree 30, Điều 13; {@link SignatureCapacity}): the head signs under the
     * agency's title; a deputy head "KT." (ký thay); a unit's head "TL." (thừa lệnh), the signer's own position
     * below; anyone else in their own name.
     */
    public static String signatureTitle(String headTitle, String signerPosition) {
        return SignatureCapacity.forAgency(headTitle, signerPosition)
                .orElseGet(() -> SignatureCapacity.own(signerPosition, headTitle));
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
            FormLayout.render(pdf, data);
            return pdf.finish("registration-form", new DocumentMeta(data.title(), data.header().issuer(),
                    data.requestNumber(), data.header().date(), json(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    public byte[] authorizationLetter(AuthorizationLetterData data) {
        try (PdfLayout pdf = new PdfLayout()) {
            AuthorizationLayout.render(pdf, data);
            DocumentTexts.Texts t = data.texts();
            return pdf.finish("authorization-letter", new DocumentMeta(t.line("tieu-de") + " - " + t.line("trich-yeu"),
                    data.header().issuer(), number(data.header()), data.header().date(), json(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** A thông báo or a biên bản ({@link TitledDocumentData}), issued: its number given. */
    public byte[] titled(TitledDocumentData data) {
        try (PdfLayout pdf = new PdfLayout()) {
            TitledLayout.render(pdf, data);
            return pdf.finish("titled-document", new DocumentMeta(data.kindName().toUpperCase(java.util.Locale.ROOT)
                    + " - " + data.subject(), data.header().issuer(), number(data.header()), data.header().date(),
                    json(data)));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void keepWithNext(PdfLayout pdf, float height) throws IOException {
        TitledLayout.keepWithNext(pdf, height);
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
