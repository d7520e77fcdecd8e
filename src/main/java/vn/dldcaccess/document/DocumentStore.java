package vn.dldcaccess.document;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationDirectory;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.ZoneId;
import java.util.HexFormat;
import java.util.Optional;

/**
 * Keeps every generated PDF with its SHA-256, who it concerns, and the process it belongs to. An issued document
 * (one with its number) of a kind its agency seals is sealed here, before its hash is taken.
 */
@Service
@Transactional
public class DocumentStore {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final StoredDocumentRepository documents;
    private final SealKeys seals;
    private final OrganizationDirectory organization;
    private final Clock clock;

    DocumentStore(StoredDocumentRepository documents, SealKeys seals, OrganizationDirectory organization, Clock clock) {
        this.documents = documents;
        this.seals = seals;
        this.organization = organization;
        this.clock = clock;
    }

    /**
     * @param officialNumber the number printed on it ("12/GUQ-SLĐTBXH", a request number): the document is issued,
     *                       and replaces one issued before under that number in that process; null for a draft
     */
    public DocumentRef store(DocumentKind kind, String fileName, byte[] pdf, String agencyCode, String ownerUsername,
                             String processInstanceId, String officialNumber) {
        if (officialNumber == null) {
            return storeAsIs(kind, fileName, pdf, agencyCode, ownerUsername, processInstanceId, null,
                    DocumentStatus.DRAFT, null);
        }
        Optional<SealKeys.Seal> seal = seals.sealFor(agencyCode, kind);
        if (seal.isPresent()) {
            pdf = PdfSeal.seal(pdf, seal.get().key(), seal.get().chain(), organization.province().placeName(),
                    clock.instant().atZone(VN));
        }
        return storeAsIs(kind, fileName, pdf, agencyCode, ownerUsername, processInstanceId, officialNumber,
                DocumentStatus.ISSUED, null);
    }

    /**
     * Whether an issued document of this kind is sealed with the agency's certificate (the organization file): its
     * signature block is then the agency's, in a capacity that may carry the seal ({@link SignatureCapacity}).
     */
    @Transactional(readOnly = true)
    public boolean seals(String agencyCode, DocumentKind kind) {
        return organization.signing().mode(agencyCode, kind.name()) == vn.dldcaccess.organization.SigningMode.SEAL;
    }

    /** The document a signer downloads to sign with their own token: final in look, of no value until issued. */
    public DocumentRef storeForSignature(DocumentKind kind, String fileName, byte[] pdf, String agencyCode,
                                         String ownerUsername, String processInstanceId) {
        return storeAsIs(kind, fileName, pdf, agencyCode, ownerUsername, processInstanceId, null,
                DocumentStatus.FOR_SIGNATURE, null);
    }

    /** Kept exactly as given (a document its signer signed with their own certificate is never re-written). */
    DocumentRef storeAsIs(DocumentKind kind, String fileName, byte[] pdf, String agencyCode, String ownerUsername,
                          String processInstanceId, String officialNumber, DocumentStatus status, Long signedFrom) {
        StoredDocument doc = documents.save(new StoredDocument(kind, fileName, pdf, sha256(pdf), agencyCode,
                ownerUsername, processInstanceId, officialNumber, clock.instant(), status, signedFrom));
        if (status == DocumentStatus.ISSUED) {
            replaceEarlier(doc);
        }
        return ref(doc);
    }

    /** An accepted upload becomes the document of record. */
    void issue(long id) {
        StoredDocument doc = documents.findById(id).orElseThrow(() -> new IllegalStateException("No document " + id));
        doc.issue();
        replaceEarlier(doc);
    }

    /** Earlier uploads signed from the same draft, when a new one is accepted; or one upload, when withdrawn. */
    void supersedeUploads(StoredDocument draft, Long by) {
        for (StoredDocument d : documents.findByProcessInstanceIdAndKindAndStatus(draft.processInstanceId(),
                draft.kind(), DocumentStatus.SIGNED_UPLOAD)) {
            if (draft.id().equals(d.signedFrom()) && !d.id().equals(by)) {
                d.supersede(by);
            }
        }
    }

    void withdraw(long id) {
        documents.findById(id).filter(d -> d.status() == DocumentStatus.SIGNED_UPLOAD).ifPresent(d -> d.supersede(null));
    }

    private void replaceEarlier(StoredDocument doc) {
        for (StoredDocument d : documents.findByProcessInstanceIdAndKindAndStatus(doc.processInstanceId(), doc.kind(),
                DocumentStatus.ISSUED)) {
            if (!d.id().equals(doc.id()) && java.util.Objects.equals(d.officialNumber(), doc.officialNumber())) {
                d.supersede(doc.id());
            }
        }
    }

    @Transactional(readOnly = true)
    Optional<StoredDocument> load(long id) {
        return documents.findById(id);
    }

    /** The document these bytes are, if this application stored them exactly (issued or not: its status says). */
    @Transactional(readOnly = true)
    Optional<StoredDocument> bySha256(String sha256) {
        return documents.findFirstBySha256OrderByIdDesc(sha256);
    }

    static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    private static DocumentRef ref(StoredDocument d) {
        return new DocumentRef(d.id(), d.kind(), d.fileName(), d.sha256());
    }
}
