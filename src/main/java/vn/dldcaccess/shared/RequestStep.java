package vn.dldcaccess.shared;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * A request moved (or was opened): published by its feature in the transaction that changed it, so that the
 * agency office's register (tracking) follows every request without reading each feature's tables.
 *
 * @param sourceId    the feature's own id of the request
 * @param businessKey the business key of its process instance (the engine's history of it)
 * @param person      the person it is about (null for a unit's review)
 * @param stage       the feature's status code; {@code stageLabel} says it in Vietnamese
 * @param open        whether the request still waits for someone
 * @param deadline    the date the current stage must be done by (null: none)
 * @param doneOn      for a request this step finishes: the day the work was done, which decides whether it was
 *                    on time (null: the day of {@code at})
 */
public record RequestStep(RequestKind kind, long sourceId, String number, String businessKey, Party person,
                          String agencyCode, String unitCode, String stage, String stageLabel, boolean open,
                          LocalDate deadline, Instant at, String actor, String detail, LocalDate doneOn) {

    public RequestStep(RequestKind kind, long sourceId, String number, String businessKey, Party person,
                       String agencyCode, String unitCode, String stage, String stageLabel, boolean open,
                       LocalDate deadline, Instant at, String actor, String detail) {
        this(kind, sourceId, number, businessKey, person, agencyCode, unitCode, stage, stageLabel, open, deadline, at,
                actor, detail, null);
    }

    public RequestStep {
        Objects.requireNonNull(kind, "kind");
        Objects.requireNonNull(number, "number");
        Objects.requireNonNull(agencyCode, "agencyCode");
        Objects.requireNonNull(stage, "stage");
        Objects.requireNonNull(at, "at");
    }

    /** The person a request is about, with what the office searches by. */
    public record Party(String username, String fullName, String citizenId) {
    }
}
