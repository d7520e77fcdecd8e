package vn.dldcaccess.reconciliation;

import vn.dldcaccess.shared.Messages;
import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountKey;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;

import java.util.Optional;

/**
 * A holder has left when the organization no longer has her, or has her in another agency than the account's (a
 * transfer). One map look-up per account: the organization is in memory.
 */
@Component
class OrganizationHolders implements Comparison.Holders {
    private final OrganizationDirectory organization;

    OrganizationHolders(OrganizationDirectory organization) {
        this.organization = organization;
    }

    @Override
    public Optional<String> left(AccountKey account) {
        Optional<PersonInfo> person = organization.person(account.holderUsername());
        if (person.isEmpty()) {
            return Optional.of(Messages.text("reconciliation.holder.gone", account.holderName()));
        }
        if (account.agencyCode() != null && !account.agencyCode().equals(person.get().agencyCode())) {
            String now = organization.agency(person.get().agencyCode()).map(AgencyInfo::name)
                    .orElse(person.get().agencyCode());
            return Optional.of(Messages.text("reconciliation.holder.moved", account.holderName(), now));
        }
        return Optional.empty();
    }
}
