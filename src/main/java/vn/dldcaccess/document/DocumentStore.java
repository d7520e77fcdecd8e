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

    /** @param officialNumber the number printed on it ("12/GUQ-SLĐTBXH", a request number), or null for a draft */
    public DocumentRef store(DocumentKind kind, String fileName, byte[] pdf, String agencyCode, String ownerUsername,
                             String processInstanceId, String officialNumber) {
        if (officialNumber != null) {
            Optional<SealKeys.Seal> seal = seals.sealFor(agencyCode, kind);
            if (seal.isPresent()) {
                pdf = PdfSeal.seal(pdf, seal.get().key(), seal.get().chain(), organization.province().placeName(),
                        clock.instant().atZone(VN));
            }
        }
        return storeAsIs(kind, fileName, pdf, agencyCode, ownerUsername, processInstanceId, officialNumber);
    }

    /** Kept exactly as given (a document its signer signed with their own certificate). */
    DocumentRef storeAsIs(DocumentKind kind, String fileName, byte[] pdf, String agencyCode, String ownerUsername,
                          String processInstanceId, String officialNumber) {
        StoredDocument doc = documents.save(new StoredDocument(kind, fileName, pdf, sha256(pdf), agencyCode,
                ownerUsername, processInstanceId, officialNumber, clock.instant()));
        return ref(doc);
    }

    @Transactional(readOnly = true)
    Optional<StoredDocument> load(long id) {
        return documents.findById(id);
    }

    /** The document these bytes are, if this application issued them exactly. */
    @Transactional(readOnly = true)
    Optional<StoredDocument> issued(String sha256) {
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
