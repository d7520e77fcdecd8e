package vn.dldcaccess.tracking;

import vn.dldcaccess.shared.RequestKind;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;

/** One request as the register lists it. */
record RegisterRow(long id, RequestKind kind, long sourceId, String number, String businessKey, String personUsername,
                   String personName, String citizenId, String agencyCode, String unitCode, String stage,
                   String stageLabel, boolean open, Instant openedAt, Instant stageSince, LocalDate deadline,
                   LocalDate closedOn, Boolean onTime) {

    long daysAtStage(LocalDate today, ZoneId zone) {
        return ChronoUnit.DAYS.between(stageSince.atZone(zone).toLocalDate(), open ? today : closedOn == null ? today : closedOn);
    }

    /** Days until the deadline (negative: overdue by that many); null when closed or without one. */
    Long daysLeft(LocalDate today) {
        return open && deadline != null ? ChronoUnit.DAYS.between(today, deadline) : null;
    }

    boolean overdue(LocalDate today) {
        return open && deadline != null && deadline.isBefore(today);
    }
}
