package vn.dldcaccess.document;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Lob;
import jakarta.persistence.Table;

import java.time.Instant;

@Entity
@Table(name = "doc_document")
class StoredDocument {
    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Enumerated(EnumType.STRING)
    private DocumentKind kind;
    @Column(name = "file_name")
    private String fileName;
    @Column(name = "content_type")
    private String contentType;
    private String sha256;
    @Column(name = "size_bytes")
    private long sizeBytes;
    @Lob
    private byte[] content;
    @Column(name = "agency_code")
    private String agencyCode;
    @Column(name = "owner_username")
    private String ownerUsername;
    @Column(name = "process_instance_id")
    private String processInstanceId;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "official_number")
    private String officialNumber;
    @Enumerated(EnumType.STRING)
    private DocumentStatus status;
    /** an upload: the document given to the signer */
    @Column(name = "signed_from")
    private Long signedFrom;
    @Column(name = "superseded_by")
    private Long supersededBy;

    protected StoredDocument() {
    }

    StoredDocument(DocumentKind kind, String fileName, byte[] content, String sha256, String agencyCode,
                   String ownerUsername, String processInstanceId, String officialNumber, Instant createdAt,
                   DocumentStatus status, Long signedFrom) {
        this.kind = kind;
        this.fileName = fileName;
        this.contentType = "application/pdf";
        this.content = content;
        this.sha256 = sha256;
        this.sizeBytes = content.length;
        this.agencyCode = agencyCode;
        this.ownerUsername = ownerUsername;
        this.processInstanceId = processInstanceId;
        this.officialNumber = officialNumber;
        this.createdAt = createdAt;
        this.status = status;
        this.signedFrom = signedFrom;
    }

    /** An upload the signer issues ("Ký ban hành"): the document of record from now on. */
    void issue() {
        if (status != DocumentStatus.SIGNED_UPLOAD) {
            throw new IllegalStateException("Document " + id + " is " + status + ", not an upload to issue");
        }
        status = DocumentStatus.ISSUED;
    }

    /** Replaced by another document (null: withdrawn, nothing replaces it). */
    void supersede(Long by) {
        status = DocumentStatus.SUPERSEDED;
        supersededBy = by;
    }

    Long id() {
        return id;
    }

    DocumentKind kind() {
        return kind;
    }

    String fileName() {
        return fileName;
    }

    String contentType() {
        return contentType;
    }

    String sha256() {
        return sha256;
    }

    byte[] content() {
        return content;
    }

    String agencyCode() {
        return agencyCode;
    }

    String ownerUsername() {
        return ownerUsername;
    }

    String processInstanceId() {
        return processInstanceId;
    }

    String officialNumber() {
        return officialNumber;
    }

    Instant createdAt() {
        return createdAt;
    }

    DocumentStatus status() {
        return status;
    }

    Long signedFrom() {
        return signedFrom;
    }

    Long supersededBy() {
        return supersededBy;
    }
}
