package vn.dldcaccess.account;

import java.time.Instant;

public record AccountHistoryEntry(Instant occurredAt, String actor, AccountStatus fromStatus, AccountStatus toStatus,
                                  String detail) {
}
