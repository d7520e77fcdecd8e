package vn.dldcaccess.bench;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import vn.dldcaccess.document.DocumentKind;
import vn.dldcaccess.document.DocumentStore;
import vn.dldcaccess.document.LetterData;
import vn.dldcaccess.document.OfficialHeader;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.document.RegistrationFormData;

import java.lang.reflect.Method;
import java.time.LocalDate;
import java.util.List;

/**
 * The document work of our chain, done by the bare processes at the same steps (issue 24: compare like with like):
 * the same renderers, PDF/A and seal through the same {@link DocumentStore}, on data of the same size — form 1658
 * per person, the agency letter's draft and signed copy, the batch letter's draft and final. Nothing else of ours.
 */
public final class BareDocuments {
    private final DocumentStore store;
    private final PdfDocuments pdf;
    private final LetterData letter;

    BareDocuments(DocumentStore store, PdfDocuments pdf) {
        this.store = store;
        this.pdf = pdf;
        try {
            Method m = Class.forName("vn.dldcaccess.document.PdfDocumentsTest").getDeclaredMethod("letter", int.class);
            m.setAccessible(true);
            this.letter = (LetterData) m.invoke(null, ChainBenchmark.PERSONS);
        } catch (ReflectiveOperationException e) {
            throw new IllegalStateException(e);
        }
    }

    private static RegistrationFormData form(String number) {
        return new RegistrationFormData(new OfficialHeader("UBND TỈNH AN GIANG", "Sở Lao động - Thương binh và Xã hội",
                null, null, "An Giang", LocalDate.now()), "PHIẾU ĐĂNG KÝ CẤP TÀI KHOẢN", "(Theo mẫu 1658)", number,
                FoundationBenchmark.fields(), List.of("Không dùng chung tài khoản.",
                "Thay đổi mật khẩu ít nhất mỗi tháng một lần."), "Nguyễn Thị Hường", "Lê Thị Thu Hà", LocalDate.now());
    }

    public void form(DelegateExecution execution) {
        String number = execution.getProcessBusinessKey();
        store.store(DocumentKind.REGISTRATION_FORM, "bare-1658.pdf", pdf.registrationForm(form(number)), "SLDTBXH",
                "ldtb.cv1", execution.getProcessInstanceId(), number);
    }

    public void letterDraft(DelegateExecution execution) {
        store.store(DocumentKind.AGENCY_LETTER, "bare-cv.pdf", pdf.letterWithList(letter, false), "SLDTBXH", null,
                execution.getProcessInstanceId(), null);
    }

    public void letterSigned(DelegateExecution execution) {
        store.store(DocumentKind.AGENCY_LETTER, "bare-cv.pdf", pdf.letterWithList(letter, true), "SLDTBXH", null,
                execution.getProcessInstanceId(), "BARE-" + execution.getProcessInstanceId());
    }

    public void batchDraft(DelegateExecution execution) {
        store.store(DocumentKind.BATCH_LETTER, "bare-dot.pdf", pdf.letterWithList(letter, false), "STTTT", null,
                execution.getProcessInstanceId(), null);
    }

    public void batchFinal(DelegateExecution execution) {
        store.store(DocumentKind.BATCH_LETTER, "bare-dot.pdf", pdf.letterWithList(letter, true), "STTTT", null,
                execution.getProcessInstanceId(), "BARE-" + execution.getProcessInstanceId());
    }
}
