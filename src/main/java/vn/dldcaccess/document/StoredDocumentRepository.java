package vn.dldcaccess.document;

import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;

import java.util.Optional;

interface StoredDocumentRepository extends JpaRepository<StoredDocument, Long> {

    @Query("select new vn.dldcaccess.document.DocumentAccessInfo(d.kind, d.agencyCode, d.ownerUsername, "
            + "d.processInstanceId) from StoredDocument d where d.id = :id")
    Optional<DocumentAccessInfo> findAccessById(long id);

    /** The documents of some process instances, without their content: what a request's page lists. */
    @Query("select d.id, d.fileName, d.createdAt, d.status, d.kind, d.agencyCode, d.ownerUsername, d.processInstanceId "
            + "from StoredDocument d where d.processInstanceId in :ids and d.status <> vn.dldcaccess.document."
            + "DocumentStatus.SUPERSEDED order by d.createdAt, d.id")
    java.util.List<Object[]> listByProcessInstanceIds(java.util.Collection<String> ids);

    Optional<StoredDocument> findFirstBySha256OrderByIdDesc(String sha256);

    /** Documents of one process and kind in one state: the earlier issue a new one replaces, pending uploads. */
    // written out: a derived query is a new criteria query, translated to SQL again at each call (issue 24)
    @Query("select d from StoredDocument d where d.processInstanceId = ?1 and d.kind = ?2 and d.status = ?3")
    java.util.List<StoredDocument> findByProcessInstanceIdAndKindAndStatus(String processInstanceId, DocumentKind kind,
                                                                          DocumentStatus status);
}
