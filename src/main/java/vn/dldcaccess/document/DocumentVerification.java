package vn.dldcaccess.document;

import org.springframework.stereotype.Service;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Optional;

/** Whether a PDF is one this application issued, unaltered, and what its signatures say. */
@Service
class DocumentVerification {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private final DocumentStore store;
    private final SignatureCheck signatures;

    DocumentVerification(DocumentStore store, SignatureCheck signatures) {
        this.store = store;
        this.signatures = signatures;
    }

    record Issued(String kind, String number, String issuedAt) {
    }

    record Signature(String signer, String signedAt, String serial, boolean valid, List<String> problems) {
    }

    /**
     * @param known     the very bytes this application issued (hash found)
     * @param original  when the bytes are not known, the document their first revision is (signed or changed later)
     */
    record Verdict(boolean known, Issued document, Issued original, List<Signature> signatures, boolean valid,
                   String verdict) {
    }

    /** @throws IOException when the bytes are not a readable PDF */
    Verdict verify(byte[] pdf) throws IOException {
        List<SignatureCheck.Found> found = signatures.check(pdf);
        Optional<StoredDocument> known = store.issued(DocumentStore.sha256(pdf));
        // not these bytes: is a revision of them one we issued (the sealed one, before later additions; the draft)?
        List<byte[]> revisions = new java.util.ArrayList<>();
        found.stream().filter(f -> f.revisionEnd() > 0 && f.revisionEnd() < pdf.length)
                .forEach(f -> revisions.add(java.util.Arrays.copyOf(pdf, f.revisionEnd())));
        revisions.addAll(firstRevisions(pdf));
        Optional<StoredDocument> original = known.isPresent() ? Optional.empty() : revisions.stream()
                .map(r -> store.issued(DocumentStore.sha256(r))).flatMap(Optional::stream).findFirst();
        List<Signature> list = found.stream().map(f -> new Signature(f.signer(),
                f.signedAt() == null ? "" : WHEN.format(f.signedAt().atZone(VN)),
                f.certificate() == null ? "" : f.certificate().getSerialNumber().toString(16).toUpperCase(),
                f.valid(), f.problems())).toList();
        boolean signaturesValid = found.stream().allMatch(SignatureCheck.Found::valid);
        boolean valid = known.isPresent() && signaturesValid;
        String verdict;
        if (valid) {
            verdict = found.isEmpty() ? "Văn bản nguyên vẹn, đúng bản do hệ thống phát hành."
                    : "Văn bản nguyên vẹn, đúng bản do hệ thống phát hành; chữ ký số hợp lệ.";
        } else if (known.isPresent()) {
            verdict = "Văn bản do hệ thống phát hành nhưng chữ ký số có vấn đề (xem chi tiết).";
        } else if (original.isPresent()) {
            verdict = signaturesValid && !found.isEmpty()
                    ? "Bản gốc do hệ thống phát hành, đã được ký số sau đó; chữ ký số hợp lệ."
                    : "Bản gốc do hệ thống phát hành nhưng tệp đã bị thay đổi hoặc bổ sung sau đó.";
        } else {
            verdict = "Không tìm thấy văn bản này trong hệ thống: tệp đã bị thay đổi hoặc không do hệ thống phát hành.";
        }
        return new Verdict(known.isPresent(), known.map(DocumentVerification::issued).orElse(null),
                original.map(DocumentVerification::issued).orElse(null), list, valid, verdict);
    }

    private static Issued issued(StoredDocument d) {
        return new Issued(d.kind().label(), d.officialNumber(), WHEN.format(d.createdAt().atZone(VN)));
    }

    /**
     * The bytes up to the first "%%EOF" (with no, one or two end-of-line bytes): the revision as first written,
     * before any incremental update.
     */
    static List<byte[]> firstRevisions(byte[] pdf) {
        int eof = new String(pdf, StandardCharsets.ISO_8859_1).indexOf("%%EOF");
        List<byte[]> out = new java.util.ArrayList<>();
        for (int end = eof + 5; eof >= 0 && end <= Math.min(eof + 7, pdf.length - 1); end++) {
            out.add(java.util.Arrays.copyOf(pdf, end));
        }
        return out;
    }
}
