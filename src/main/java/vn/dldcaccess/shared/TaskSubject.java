package vn.dldcaccess.shared;

import java.util.Optional;
import java.util.Set;

/**
 * What the tasks of a request are about, for their titles in the Tasklist: the person (or the agency, the batch)
 * and the request's number, as "Nguyễn Thị Hường — SLĐTBXH-2026-000123". Each feature answers for its own
 * business keys, from its own records. Called inside the engine's transaction when a task is created: an
 * implementation reads and never throws through a transactional proxy (that would mark the step's transaction
 * for rollback, for a title).
 */
public interface TaskSubject {

    /** @return the subject of the request this business key names; empty when it names none of this feature's */
    Optional<String> subjectOf(String businessKey);

    /**
     * The log-ins the request is about (its applicant, holder, delegate; every person of a letter or a batch): a
     * task of it is never given to one of them by itself (issue 23). Empty when this key is none of this feature's.
     */
    default Set<String> peopleOf(String businessKey) {
        return Set.of();
    }

    /** Between the person and the number. */
    String DASH = " — ";
}
