package vn.dldcaccess.reconciliation;

import org.junit.jupiter.api.Test;
import vn.dldcaccess.account.AccountKey;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountSystem;

import java.util.List;
import java.util.Optional;
import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;

/** Issue 22: each kind of difference, the agency's scope, closed accounts, case of user names. */
class ComparisonTest {
    static AccountKey account(long id, String username, String holder, String agency, AccountStatus status) {
        return new AccountKey(id, AccountSystem.IOFFICE, username, holder, "Tên " + holder, agency, agency + "_U1",
                status);
    }

    static ExportRow row(int line, String username, SystemStatus status) {
        return new ExportRow(line, username, status, "", "", "");
    }

    static Comparison.Outcome compare(List<ExportRow> rows, String agency, List<AccountKey> register, Set<String> gone) {
        return Comparison.compare(rows, agency, register::forEach,
                a -> gone.contains(a.holderUsername()) ? Optional.of(a.holderName() + " đã nghỉ") : Optional.empty());
    }

    @Test
    void eachKindOfDifferenceIsFoundOnce() {
        List<AccountKey> register = List.of(
                account(1, "same.active", "p1", "A", AccountStatus.ACTIVE),
                account(2, "gone.there", "p2", "A", AccountStatus.ACTIVE),
                account(3, "locked.there", "p3", "A", AccountStatus.ACTIVE),
                account(4, "holder.left", "p4", "A", AccountStatus.ACTIVE),
                account(5, "closed.here", "p5", "A", AccountStatus.CLOSED),
                account(6, "Both.Suspended", "p6", "A", AccountStatus.SUSPENDED),
                account(7, "closed.both", "p7", "A", AccountStatus.CLOSED),
                account(8, "other.agency", "p8", "B", AccountStatus.ACTIVE));
        List<ExportRow> rows = List.of(row(2, "same.active", SystemStatus.ACTIVE),
                row(3, "locked.there", SystemStatus.LOCKED), row(4, "holder.left", SystemStatus.ACTIVE),
                row(5, "closed.here", SystemStatus.ACTIVE), row(6, "both.suspended", SystemStatus.LOCKED),
                row(7, "closed.both", SystemStatus.CLOSED), row(8, "made.outside", SystemStatus.ACTIVE),
                row(9, "deleted.outside", SystemStatus.CLOSED), row(10, "other.agency", SystemStatus.ACTIVE));
        Comparison.Outcome o = compare(rows, "A", register, Set.of("p4"));
        assertThat(o.differences()).extracting(f -> f.kind() + ":" + (f.row() == null ? f.account().username()
                : f.row().username())).containsExactlyInAnyOrder("GONE_THERE:gone.there",
                "STATUS_DIFFERS:locked.there", "HOLDER_LEFT:holder.left", "STATUS_DIFFERS:closed.here",
                "CREATED_OUTSIDE:made.outside");
        assertThat(o.rows()).isEqualTo(9);
        assertThat(o.matched()).isEqualTo(6);
        assertThat(o.outOfScope()).isEqualTo(1);
    }

    @Test
    void anOfficeSeesItsOwnAgencyOnlyAndTheProvinceSeesEveryAgency() {
        List<AccountKey> register = List.of(account(1, "a.one", "p1", "A", AccountStatus.ACTIVE),
                account(2, "b.one", "p2", "B", AccountStatus.ACTIVE));
        List<ExportRow> rows = List.of(new ExportRow(2, "from.b", SystemStatus.ACTIVE, "", "", "B"));
        assertThat(compare(rows, "A", register, Set.of()).differences()).extracting(Comparison.Found::kind)
                .containsExactly(DifferenceKind.GONE_THERE);
        assertThat(compare(rows, null, register, Set.of()).differences()).extracting(Comparison.Found::kind)
                .containsExactlyInAnyOrder(DifferenceKind.GONE_THERE, DifferenceKind.GONE_THERE,
                        DifferenceKind.CREATED_OUTSIDE);
    }

    @Test
    void theOpenAccountWinsOverAnEarlierClosedOneOfTheSameName() {
        List<AccountKey> register = List.of(account(1, "reused", "p1", "A", AccountStatus.CLOSED),
                account(2, "reused", "p2", "A", AccountStatus.ACTIVE), account(3, "reused", "p2", "A", AccountStatus.CLOSED));
        assertThat(compare(List.of(row(2, "REUSED", SystemStatus.ACTIVE)), "A", register, Set.of()).differences())
                .isEmpty();
    }

    @Test
    void aHolderWhoLeftButWhoseAccountIsClosedThereIsAStatusDifference() {
        List<AccountKey> register = List.of(account(1, "left.closed", "p1", "A", AccountStatus.ACTIVE));
        assertThat(compare(List.of(row(2, "left.closed", SystemStatus.CLOSED)), "A", register, Set.of("p1"))
                .differences()).extracting(Comparison.Found::kind).containsExactly(DifferenceKind.STATUS_DIFFERS);
    }
}
