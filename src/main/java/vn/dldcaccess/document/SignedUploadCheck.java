package vn.dldcaccess.document;

import org.bouncycastle.asn1.x500.X500Name;
import org.bouncycastle.asn1.x500.style.BCStyle;
import org.springframework.stereotype.Component;

import java.io.IOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;

/**
 * Whether a PDF a signer uploads is the draft we issued, signed by that signer: a valid signature; the signed
 * revision is the draft byte for byte plus an incremental update (nothing before the signature changed); the
 * certificate chains to the province's trust list, was valid when signing and is on no CRL it supplies; and
 * its subject is the one the organization file gives that signer.
 */
@Component
class SignedUploadCheck {
    private final SignatureCheck signatures;

    SignedUploadCheck(SignatureCheck signatures) {
        this.signatures = signatures;
    }

    /**
     * @param draft           the bytes the application gave the signer to sign
     * @param expectedSubject the signer's certificate subject from the organization file, or null if none is given
     * @return the signature that signs the draft
     */
    SignatureCheck.Found accept(byte[] draft, byte[] upload, String expectedSubject) {
        List<SignatureCheck.Found> found;
        try {
            found = signatures.check(upload);
        } catch (IOException e) {
            throw new SignedUploadRefused(List.of("Tệp tải lên không phải là tệp PDF đọc được."));
        }
        if (found.isEmpty()) {
            throw new SignedUploadRefused(List.of("Tệp tải lên không có chữ ký số."));
        }
        SignatureCheck.Found last = found.stream().max(Comparator.comparingInt(SignatureCheck.Found::revisionEnd))
                .orElseThrow();
        List<String> problems = new ArrayList<>();
        boolean overDraft = last.revisionEnd() > draft.length && upload.length >= draft.length
                && Arrays.equals(upload, 0, draft.length, draft, 0, draft.length);
        if (!overDraft) {
            problems.add("Nội dung đã ký không đúng bản trình ký do hệ thống phát hành (đã bị thay đổi hoặc là văn "
                    + "bản khác); vui lòng ký đúng tệp đã tải về.");
        }
        problems.addAll(last.problems());
        if (last.certificate() != null) {
            if (expectedSubject == null) {
                problems.add("Tệp tổ chức chưa khai báo chứng thư số của người ký; vui lòng liên hệ quản trị hệ thống.");
            } else if (!sameName(expectedSubject, last.certificate())) {
                problems.add("Chứng thư số không phải của người ký: chứng thư cấp cho \"" + last.signer() + "\".");
            }
        }
        if (!problems.isEmpty()) {
            throw new SignedUploadRefused(problems);
        }
        return last;
    }

    private static boolean sameName(String expected, java.security.cert.X509Certificate cert) {
        try {
            X500Name want = new X500Name(BCStyle.INSTANCE, expected);
            X500Name got = X500Name.getInstance(BCStyle.INSTANCE, cert.getSubjectX500Principal().getEncoded());
            return BCStyle.INSTANCE.areEqual(want, got);
        } catch (IllegalArgumentException badConfiguredName) {
            return false;
        }
    }
}
