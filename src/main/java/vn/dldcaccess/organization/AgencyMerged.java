package vn.dldcaccess.organization;

import vn.dldcaccess.shared.Messages;

import java.time.LocalDate;
import java.time.format.DateTimeFormatter;

/**
 * Agency {@code from} became {@code into} from {@code on} (issue 22 part 2), published in the transaction that takes
 * the organization file in: each feature moves its open work of {@code from} to {@code into} there and then, and
 * leaves what is finished (and every document issued) as it was.
 *
 * @param basis the decision it follows (may be null)
 */
public record AgencyMerged(String from, String fromName, String into, String intoName, LocalDate on, String basis) {

    /** The line a moved request's or account's history shows, worded by the bundle (organization.merger.moved). */
    public String detail() {
        return Messages.text("organization.merger.moved", fromName, intoName,
                on.format(DateTimeFormatter.ofPattern("dd/MM/yyyy")), basis == null ? "" : " (" + basis + ")");
    }
}
