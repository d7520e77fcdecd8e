package vn.dldcaccess.account;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyMerged;

import java.time.Clock;

/**
 * An agency merged into another (issue 22 part 2): its people's accounts go with them, open, with their history and
 * a line saying so (a merger closes nothing); closed accounts stay as they were.
 */
@Component
class AccountAgencyMerger {
    private final AccountRepository accounts;
    private final Clock clock;

    AccountAgencyMerger(AccountRepository accounts, Clock clock) {
        this.accounts = accounts;
        this.clock = clock;
    }

    @EventListener
    void on(AgencyMerged merged) {
        for (Account a : accounts.findByAgencyCodeOrderByIdAsc(merged.from())) {
            if (a.status() != AccountStatus.CLOSED) {
                a.moveToAgency(merged.into(), merged.detail(), clock.instant());
            }
        }
    }
}
