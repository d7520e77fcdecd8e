package vn.dldcaccess.document;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.Optional;

/** Keeps every generated PDF with its SHA-256, who it concerns, and the process it belongs to. */
@Service
@Transactional
public class DocumentStore {
    private final StoredDocumentRepository documents;
    private final Clock clock;

    DocumentStore(StoredDocumentRepository documents, Clock clock) {
        this.documents = documents;
        this.clock = clock;
    }

    /** @param officialNumber the number printed on it ("12/GUQ-SLĐTBXH", a request number), or null for a draft */
    public DocumentRef store(DocumentKind kind, String fileName, byte[] pdf, String agencyCode, String ownerUsername,
                             String processInstanceId, String officialNumber) {
        StoredDocument doc = documents.save(new StoredDocument(kind, fileName, pdf, sha256(pdf), agencyCode,
                ownerUsername, processInstanceId, officialNumber, clock.instant()));
        return ref(doc);
    }

    @Transactional(readOnly = true)
    Optional<StoredDocument> load(long id) {
        return documents.findById(id);
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
