package vn.dldcaccess.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.SigningMode;

/**
 * Signing with one's own certificate (upload mode): the signer downloads the document to sign, signs it with
 * their tool and token, and uploads it; what is accepted is kept as the document of record, as uploaded.
 */
@Service
@Transactional
public class DocumentSigning {
    private static final Logger log = LoggerFactory.getLogger(DocumentSigning.class);
    private final DocumentStore store;
    private final SignedUploadCheck check;
    private final OrganizationDirectory organization;
    private final PdfBulkhead bulkhead;

    DocumentSigning(DocumentStore store, SignedUploadCheck check, OrganizationDirectory organization,
                    PdfBulkhead bulkhead) {
        this.store = store;
        this.check = check;
        this.organization = organization;
        this.bulkhead = bulkhead;
    }

    /** How the agency's documents of this kind are signed (the organization file). */
    @Transactional(readOnly = true)
    public SigningMode mode(String agencyCode, DocumentKind kind) {
        return organization.signing().mode(agencyCode, kind.name());
    }

    /**
     * @param toSign the document given to the signer to sign
     * @throws SignedUploadRefused when it is not that document, signed by that person, validly
     * @throws PdfBusy            when every slot for reading PDFs from outside is taken
     */
    public DocumentRef acceptSigned(long toSign, byte[] upload, String signerUsername, String fileName,
                                    String officialNumber) {
        StoredDocument draft = store.load(toSign).orElseThrow(() -> new IllegalStateException("No document " + toSign));
        SignatureCheck.Found signature;
        try {
            String subject = organization.signing().subjectOf(signerUsername).orElse(null);
            signature = bulkhead.read(() -> check.accept(new SignedUploadCheck.Draft(draft.content(),
                    draft.createdAt()), upload, subject));
        } catch (SignedUploadRefused refused) {
            log.info("Signed upload of document {} by {} refused ({} problems)", toSign, signerUsername,
                    refused.problems().size());
            throw refused;
        }
        log.info("Signed upload of document {} by {} accepted (certificate serial {})", toSign, signerUsername,
                signature.certificate().getSerialNumber().toString(16));
        DocumentRef ref = store.storeAsIs(draft.kind(), fileName, upload, draft.agencyCode(), draft.ownerUsername(),
                draft.processInstanceId(), officialNumber, DocumentStatus.SIGNED_UPLOAD, draft.id());
        store.supersedeUploads(draft, ref.id());
        return ref;
    }

    /** The signer issues the upload they made ("Ký ban hành"): from now on it is the document of record. */
    public void issue(long upload) {
        store.issue(upload);
    }

    /** The document was sent back after an upload: that upload is of no value any more. */
    public void withdraw(long upload) {
        store.withdraw(upload);
    }
}
