package vn.dldcaccess.submission;

import org.springframework.stereotype.Component;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.document.MessageTemplate;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.TextTemplate;
import vn.dldcaccess.registration.RegistrationSummary;

import java.net.URI;
import java.util.List;
import java.util.Map;

/** What the agency letter's task forms show, from {@code documents/cong-viec/}: values here, words there. */
@Component
class SubmissionMessages implements TextTemplate.Catalog {
    static final MessageTemplate LETTER_TO_SIGN = MessageTemplate.plainTask("cong-van-trinh-ky", Map.of("so", "125/SLĐTBXH-VP",
            "ngay", "02/03/2026", "coQuan", "Sở Lao động - Thương binh và Xã hội", "nguoi", List.of(Map.of("so",
                    "SLĐTBXH-2026-000123", "ten", "Nguyễn Thị Hường", "donVi", "Phòng Việc làm - An toàn lao động"))));
    static final MessageTemplate CONFIRMED_FORMS = MessageTemplate.task("phieu-cho-cong-van", Map.of("phieu",
            List.of(Map.of("nhan", "SLĐTBXH-2026-000123 - Nguyễn Thị Hường", "duongDan", URI.create("/api/documents/1")))));


    private final DocumentTexts texts;

    SubmissionMessages(DocumentTexts texts) {
        this.texts = texts;
    }

    @Override
    public List<MessageTemplate> templates() {
        return List.of(LETTER_TO_SIGN, CONFIRMED_FORMS);
    }

    /** Plain text: the director's form shows it in a read-only field. */
    String letterToSign(AgencyLetter letter, String agencyName, List<RegistrationSummary> rows) {
        return texts.render(LETTER_TO_SIGN, Map.of("so", letter.letterNumber(), "ngay", PdfDocuments.dmy(letter.letterDate()),
                "coQuan", agencyName, "nguoi", rows.stream().map(r -> Map.of("so", r.requestNumber(), "ten", r.fullName(),
                        "donVi", r.unitName())).toList())).text("noi-dung");
    }

    /** Markdown (the renderer escapes the values): the office's list of confirmed forms, each a link to its PDF. */
    String confirmedForms(List<RegistrationSummary> waiting) {
        return texts.render(CONFIRMED_FORMS, Map.of("phieu", waiting.stream().map(r -> Map.of("nhan",
                r.requestNumber() + " - " + r.fullName() + " (" + r.unitName() + ")", "duongDan",
                URI.create("/api/documents/" + r.formDocumentId()))).toList())).text("noi-dung");
    }
}
