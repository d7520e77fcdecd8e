package vn.dldcaccess.document;

import org.springframework.stereotype.Service;
import vn.dldcaccess.shared.Messages;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Whether a PDF is the document of record this application issued, unaltered, and what its signatures say. Only a
 * document whose status is {@link DocumentStatus#ISSUED} is called issued; a draft, a copy for signing, an upload
 * never issued, a replaced document are named as what they are. A signature's certificate is judged at the time the
 * application recorded the revision it signs (it checked it then), else at a valid time-stamp's, else now.
 */
@Service
class DocumentVerification {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm:ss");
    private final DocumentStore store;
    private final SignatureCheck signatures;
    private final PdfBulkhead bulkhead;
    private final PdfLimits limits = PdfLimits.DEFAULT;

    DocumentVerification(DocumentStore store, SignatureCheck signatures, PdfBulkhead bulkhead) {
        this.store = store;
        this.signatures = signatures;
        this.bulkhead = bulkhead;
    }

    /** @param status what the stored document is worth (its {@link DocumentStatus} label) */
    record Issued(String kind, String number, String issuedAt, String status) {
    }

    /**
     * @param signedAt  the time the signature claims (the signer's device)
     * @param trustedAt the time its certificate was judged at, and by what the application knows it
     */
    record Signature(String signer, String signedAt, String trustedAt, String serial, boolean valid,
                     List<String> problems) {
    }

    /**
     * @param known     these very bytes are a stored document
     * @param original  when they are not, the stored document their earlier revision is (then signed or changed)
     * @param valid     the document of record, every signature valid
     */
    record Verdict(boolean known, Issued document, Issued original, List<Signature> signatures, boolean valid,
                   String verdict) {
    }

    /** @throws PdfRefused when the bytes are not a PDF read here; {@link PdfBusy} when no slot is free */
    Verdict verify(byte[] pdf) {
        return bulkhead.read(() -> read(pdf));
    }

    private Verdict read(byte[] pdf) {
        try (UntrustedPdf doc = UntrustedPdf.open(pdf, limits)) {
            Map<Integer, StoredDocument> revisions = storedRevisions(pdf, doc.structure.revisionEnds());
            Optional<StoredDocument> known = Optional.ofNullable(revisions.get(pdf.length));
            List<SignatureCheck.Found> found = signatures.check(doc, end -> Optional.ofNullable(revisions.get(end))
                    .map(StoredDocument::createdAt).orElse(null), limits);
            Optional<Integer> originalEnd = known.isPresent() ? Optional.empty() : revisions.keySet().stream()
                    .filter(end -> end < pdf.length).max(Integer::compare);
            Optional<StoredDocument> original = originalEnd.map(revisions::get);
            Later later = originalEnd.map(end -> later(doc, end, found)).orElse(null);
            List<Signature> list = found.stream().map(DocumentVerification::signature).toList();
            boolean signaturesValid = found.stream().allMatch(SignatureCheck.Found::valid);
            boolean valid = known.map(d -> d.status() == DocumentStatus.ISSUED).orElse(false) && signaturesValid;
            return new Verdict(known.isPresent(), known.map(this::issued).orElse(null),
                    original.map(this::issued).orElse(null), list, valid, verdict(known, original, later, found));
        }
    }

    /** What came after a stored revision: what it changed beyond signing, and whether it signed. */
    private record Later(List<String> changes, boolean signed) {
    }

    private Later later(UntrustedPdf doc, int end, List<SignatureCheck.Found> found) {
        try (UntrustedPdf original = doc.revision(end)) {
            return new Later(RevisionDiff.changes(original.document, doc.document,
                    doc.structure.freedBetween(end, doc.length), limits),
                    found.stream().anyMatch(f -> f.revisionEnd() > end));
        }
    }

    private String verdict(Optional<StoredDocument> known, Optional<StoredDocument> original, Later later,
                           List<SignatureCheck.Found> found) {
        Optional<SignatureProblem> problem = found.stream().flatMap(f -> f.issues().stream()).findFirst();
        if (known.isPresent()) {
            StoredDocument d = known.get();
            if (d.status() != DocumentStatus.ISSUED) {
                return Messages.text("document.verdict.notIssued", d.status().label(), replacement(d));
            }
            if (problem.isPresent()) {
                return Messages.text("document.verdict.issuedSignatureProblem", problem.get().kind().reason());
            }
            return Messages.text(found.isEmpty() ? "document.verdict.intact" : "document.verdict.intactSigned");
        }
        if (original.isPresent()) {
            StoredDocument d = original.get();
            String from = d.status() == DocumentStatus.ISSUED ? Messages.text("document.verdict.fromIssued")
                    : Messages.text("document.verdict.fromOther", d.status().label(), replacement(d));
            if (!later.changes().isEmpty()) {
                return Messages.text("document.verdict.changedLater", from, String.join("; ", later.changes()));
            }
            if (problem.isPresent()) {
                return Messages.text("document.verdict.fromWithProblem", from, problem.get().kind().reason());
            }
            return Messages.text(later.signed() ? "document.verdict.signedLater" : "document.verdict.harmlessLater", from);
        }
        return Messages.text("document.verdict.unknown");
    }

    /** What replaced a superseded document, when something did. */
    private String replacement(StoredDocument d) {
        if (d.status() != DocumentStatus.SUPERSEDED || d.supersededBy() == null) {
            return "";
        }
        return store.load(d.supersededBy()).filter(r -> r.status() == DocumentStatus.ISSUED)
                .map(r -> r.officialNumber() == null
                        ? Messages.text("document.verdict.replacedBy", r.kind().label(), WHEN.format(r.createdAt().atZone(VN)))
                        : Messages.text("document.verdict.replacedByNumber", r.kind().label(), r.officialNumber(),
                        WHEN.format(r.createdAt().atZone(VN))))
                .orElse("");
    }

    private static Signature signature(SignatureCheck.Found f) {
        return new Signature(f.signer(), f.claimedAt() == null ? "" : WHEN.format(f.claimedAt().atZone(VN)),
                f.trustedAt() == null ? "" : WHEN.format(f.trustedAt().atZone(VN)) + " (" + f.trustedBy() + ")",
                f.certificate() == null ? "" : f.certificate().getSerialNumber().toString(16).toUpperCase(),
                f.valid(), f.problems());
    }

    private Issued issued(StoredDocument d) {
        return new Issued(d.kind().label(), d.officialNumber(), WHEN.format(d.createdAt().atZone(VN)), d.status().label());
    }

    /**
     * The stored documents that revisions of the file are, by where each revision ends. One pass of SHA-256 over
     * the file, its state copied at each revision's end: no copy of the bytes, however many revisions.
     */
    private Map<Integer, StoredDocument> storedRevisions(byte[] pdf, List<Integer> ends) {
        Map<Integer, StoredDocument> out = new HashMap<>();
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            int done = 0;
            List<Integer> all = new java.util.ArrayList<>(ends);
            if (!all.contains(pdf.length)) {
                all.add(pdf.length);
            }
            for (int end : all.stream().sorted().toList()) {
                digest.update(pdf, done, end - done);
                done = end;
                String hash = HexFormat.of().formatHex(((MessageDigest) digest.clone()).digest());
                store.bySha256(hash).ifPresent(d -> out.put(end, d));
            }
        } catch (NoSuchAlgorithmException | CloneNotSupportedException e) {
            throw new IllegalStateException(e);
        }
        return out;
    }
}
