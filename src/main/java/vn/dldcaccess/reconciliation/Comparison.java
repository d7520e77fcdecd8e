package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.account.AccountKey;
import vn.dldcaccess.account.AccountStatus;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

/**
 * The comparison itself, without Spring: the export's rows are hashed by user name (lower case); the register of
 * the system streams past once, each account looked up in that hash. Memory is the export's size, whatever the
 * register's; no query per row.
 */
final class Comparison {
    /** Why a register account's holder has left (empty: she has not). */
    interface Holders {
        Optional<String> left(AccountKey account);
    }

    /** The register of the system: hands each account (every agency, closed ones too) to the consumer. */
    interface Register {
        void forEach(Consumer<AccountKey> each);
    }

    /** @param row the export's row (null for an account gone there); @param account the register's (null: none) */
    record Found(DifferenceKind kind, ExportRow row, AccountKey account, String detail) {
    }

    /**
     * @param matched    rows in scope found in the register
     * @param outOfScope rows of another agency (by the file's agency column or the register's account)
     */
    record Outcome(int rows, int matched, int outOfScope, List<Found> differences) {
    }

    private Comparison() {
    }

    /** @param agency the run's agency; null: the whole province (DLDC, for the TTHC administrators) */
    static Outcome compare(List<ExportRow> rows, String agency, Register register, Holders holders) {
        Map<String, ExportRow> byKey = new HashMap<>(rows.size() * 2);
        for (ExportRow r : rows) {
            byKey.put(r.key(), r);
        }
        Map<String, AccountKey> best = new HashMap<>();
        List<Found> found = new ArrayList<>();
        register.forEach(a -> {
            String key = a.username().toLowerCase(java.util.Locale.ROOT);
            if (byKey.containsKey(key)) {
                AccountKey before = best.get(key);
                // the open account when there is one, else the latest closed (ids grow)
                if (before == null || before.status() == AccountStatus.CLOSED) {
                    best.put(key, a);
                }
            } else if (a.status() != AccountStatus.CLOSED && inScope(a, agency)) {
                found.add(new Found(DifferenceKind.GONE_THERE, null, a, Messages.text("reconciliation.detail.goneThere",
                        a.status().label().toLowerCase())));
            }
        });
        int matched = 0;
        int outOfScope = 0;
        for (ExportRow r : rows) {
            AccountKey a = best.get(r.key());
            if (a == null) {
                if (agency != null && !r.agency().isEmpty() && !r.agency().equalsIgnoreCase(agency)) {
                    outOfScope++;
                } else if (r.status() != SystemStatus.CLOSED) {
                    found.add(new Found(DifferenceKind.CREATED_OUTSIDE, r, null, Messages.text(
                            "reconciliation.detail.createdOutside", r.status().label().toLowerCase())));
                }
                continue;
            }
            if (!inScope(a, agency)) {
                outOfScope++;
                continue;
            }
            matched++;
            compareOne(r, a, holders).ifPresent(found::add);
        }
        return new Outcome(rows.size(), matched, outOfScope, found);
    }

    private static Optional<Found> compareOne(ExportRow r, AccountKey a, Holders holders) {
        String both = Messages.text("reconciliation.detail.both", r.status().label().toLowerCase(),
                a.status().label().toLowerCase());
        if (a.status() == AccountStatus.CLOSED) {
            return r.status() == SystemStatus.CLOSED ? Optional.empty()
                    : Optional.of(new Found(DifferenceKind.STATUS_DIFFERS, r, a, Messages.text("reconciliation.detail.closeThere", both)));
        }
        if (r.status() != SystemStatus.CLOSED) {
            Optional<String> left = holders.left(a);
            if (left.isPresent()) {
                return Optional.of(new Found(DifferenceKind.HOLDER_LEFT, r, a, left.get()));
            }
        }
        boolean same = switch (a.status()) {
            case ACTIVE -> r.status() == SystemStatus.ACTIVE;
            case SUSPENDED -> r.status() == SystemStatus.LOCKED;
            case CLOSED -> r.status() == SystemStatus.CLOSED;
        };
        return same ? Optional.empty() : Optional.of(new Found(DifferenceKind.STATUS_DIFFERS, r, a, both));
    }

    static boolean inScope(AccountKey a, String agency) {
        return agency == null || agency.equals(a.agencyCode());
    }
}
