package vn.dldcaccess.document;

import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.security.AuthenticatedUser;

import java.util.EnumSet;
import java.util.Set;

/**
 * Who may read a stored PDF: whoever may see a task of its process, the person it is about, the office of its
 * agency, admins; and what goes to the aggregator and PC06 (forms, agency letters, batch letters) is theirs too.
 * The download and the pages that list documents ask the same rule.
 */
@Component
public class DocumentAccess {
    private static final Set<DocumentKind> TO_AGGREGATOR = EnumSet.of(
            DocumentKind.REGISTRATION_FORM, DocumentKind.AGENCY_LETTER, DocumentKind.BATCH_LETTER);

    private final StoredDocumentRepository documents;
    private final TaskService tasks;
    private final IdentityService identity;

    DocumentAccess(StoredDocumentRepository documents, TaskService tasks, IdentityService identity) {
        this.documents = documents;
        this.tasks = tasks;
        this.identity = identity;
    }

    /** Whether the user may read the document (false for one that does not exist). */
    @Transactional(readOnly = true)
    public boolean mayRead(AuthenticatedUser user, long documentId) {
        return documents.findAccessById(documentId).map(d -> mayRead(user, d)).orElse(false);
    }

    /**
     * The documents the processes of a request stored (its letter, the batch letter, the notice …) that the user
     * may read, oldest first; drafts and copies for signing are named so by their status, replaced ones left out.
     */
    @Transactional(readOnly = true)
    public java.util.List<ProcessDocument> readableOf(AuthenticatedUser user, java.util.Collection<String> processInstanceIds) {
        if (processInstanceIds.isEmpty()) {
            return java.util.List.of();
        }
        java.util.List<ProcessDocument> out = new java.util.ArrayList<>();
        for (Object[] d : documents.listByProcessInstanceIds(processInstanceIds)) {
            DocumentAccessInfo access = new DocumentAccessInfo((DocumentKind) d[4], (String) d[5], (String) d[6],
                    (String) d[7]);
            if (mayRead(user, access)) {
                out.add(new ProcessDocument((Long) d[0], (String) d[1], (java.time.Instant) d[2],
                        d[3] == DocumentStatus.ISSUED));
            }
        }
        return out;
    }

    boolean mayRead(AuthenticatedUser user, DocumentAccessInfo doc) {
        if (user.inGroup(Groups.ADMINS) || user.id().equals(doc.ownerUsername())
                || user.inGroup(Groups.agencyOffice(doc.agencyCode()))) {
            return true;
        }
        if (TO_AGGREGATOR.contains(doc.kind()) && (user.inGroup(Groups.AGGREGATOR) || user.inGroup(Groups.AGGREGATOR_LEADERS)
                || user.inGroup(Groups.PC06))) {
            return true;
        }
        if (doc.processInstanceId() == null) {
            return false;
        }
        // The engine's own task authorizations decide: a task of that process visible to this user.
        identity.setAuthentication(user.id(), user.groupIds());
        try {
            return tasks.createTaskQuery().processInstanceId(doc.processInstanceId()).count() > 0;
        } finally {
            identity.clearAuthentication();
        }
    }
}
