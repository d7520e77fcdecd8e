package vn.dldcaccess.document;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** The names the verification page gives come from the message bundle, one for every value. */
class DocumentWordingTest {
    @Test
    void everyKindStatusAndSignatureProblemHasItsWords() {
        for (DocumentKind k : DocumentKind.values()) {
            assertThat(k.label()).as(k.name()).isNotBlank();
        }
        for (DocumentStatus s : DocumentStatus.values()) {
            assertThat(s.label()).as(s.name()).isNotBlank();
        }
        for (SignatureProblem.Kind k : SignatureProblem.Kind.values()) {
            assertThat(k.reason()).as(k.name()).isNotBlank();
        }
        assertThat(DocumentKind.AUTHORIZATION_LETTER.label()).isEqualTo("Giấy ủy quyền");
    }

    @Test
    void aPdfBeyondALimitNamesTheLimitInVietnamese() {
        assertThat(PdfRefused.tooComplex("x", vn.dldcaccess.shared.Wording.of("document.pdf.limit.bytes", 5))
                .vietnameseMessage()).isEqualTo("Tệp PDF vượt giới hạn xử lý của hệ thống (tệp lớn hơn 5 MB); văn bản do "
                + "hệ thống phát hành không bao giờ như vậy.");
    }
}
