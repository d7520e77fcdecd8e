package vn.dldcaccess.review;

import org.springframework.stereotype.Component;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountStatus;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.Messages;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * The parts of a review campaign (issue 23: a unit head never keeps her own accounts): per unit, its accounts but
 * its heads' own, for its heads; and each head's own accounts apart, for the unit's other heads, or the agency office
 * when she is its only head.
 */
@Component
class ReviewParts {
    private final AccountRegister accounts;
    private final OrganizationDirectory organization;
    private final vn.dldcaccess.reconciliation.ReconciliationFindings findings;

    ReviewParts(AccountRegister accounts, OrganizationDirectory organization,
                vn.dldcaccess.reconciliation.ReconciliationFindings findings) {
        this.accounts = accounts;
        this.organization = organization;
        this.findings = findings;
    }

    /** The differences reconciliation found on these accounts and nobody has acted on yet (issue 22), per account. */
    Map<Long, List<String>> reconciliation(List<AccountView> list) {
        return findings.openOn(list.stream().map(AccountView::id).toList());
    }

    /** The parts of a new campaign of this agency, in order: per unit (by code) the rest first, then each head's. */
    List<UnitReview> open(String agencyCode) {
        List<UnitReview> parts = new ArrayList<>();
        int n = 0;
        for (Map.Entry<String, List<AccountView>> e : openAccountsByUnit(agencyCode).entrySet()) {
            Set<String> heads = organization.peopleWithRole(Role.UNIT_HEAD, null, e.getKey()).stream()
                    .map(PersonInfo::username).collect(Collectors.toSet());
            List<String> holders = e.getValue().stream().map(AccountView::holderUsername).filter(heads::contains)
                    .distinct().sorted().toList();
            if (e.getValue().stream().anyMatch(a -> !holders.contains(a.holderUsername()))) {
                parts.add(new UnitReview(e.getKey(), null, n++));
            }
            for (String head : holders) {
                parts.add(new UnitReview(e.getKey(), head, n++));
            }
        }
        return parts;
    }

    /** The open accounts a part reviews. */
    List<AccountView> accounts(ReviewCampaign c, UnitReview u) {
        List<AccountView> all = openAccountsByUnit(c.agencyCode()).getOrDefault(u.unitCode(), List.of());
        if (u.holderUsername() != null) {
            return all.stream().filter(a -> u.holderUsername().equals(a.holderUsername())).toList();
        }
        Set<String> apart = c.units().stream().filter(x -> x.unitCode().equals(u.unitCode()))
                .map(UnitReview::holderUsername).filter(java.util.Objects::nonNull).collect(Collectors.toSet());
        return all.stream().filter(a -> !apart.contains(a.holderUsername())).toList();
    }

    /**
     * Who reviews a part: the unit's heads; a head's own accounts, the others (or the office). A unit's part that
     * holds a head's accounts all the same (a campaign opened before issue 23, a head named since) is the others'.
     */
    Deciders reviewers(ReviewCampaign c, UnitReview u) {
        if (u.holderUsername() != null) {
            return organization.unitHeadsBut(u.unitCode(), c.agencyCode(), List.of(u.holderUsername()));
        }
        Set<String> heads = organization.peopleWithRole(Role.UNIT_HEAD, null, u.unitCode()).stream()
                .map(PersonInfo::username).collect(Collectors.toSet());
        return organization.unitHeadsBut(u.unitCode(), c.agencyCode(), accounts(c, u).stream()
                .map(AccountView::holderUsername).filter(heads::contains).distinct().toList());
    }

    /** The people a part's reminder goes to: those who may review it. */
    List<PersonInfo> reviewerPeople(ReviewCampaign c, UnitReview u) {
        Deciders d = reviewers(c, u);
        List<PersonInfo> out = new ArrayList<>();
        d.candidateUsers().forEach(user -> organization.person(user).ifPresent(out::add));
        d.candidateGroups().forEach(g -> organization.membersOf(g).stream()
                .filter(p -> !d.subjects().contains(p.username())).forEach(out::add));
        return out;
    }

    /** How people call a part: the unit, and whose accounts when a head's own. */
    String label(UnitReview u) {
        String unit = organization.unit(u.unitCode()).map(UnitInfo::name).orElse(u.unitCode());
        return u.holderUsername() == null ? unit : Messages.text("review.part.headsAccounts", unit,
                organization.person(u.holderUsername()).map(PersonInfo::fullName).orElse(u.holderUsername()));
    }

    Map<String, List<AccountView>> openAccountsByUnit(String agencyCode) {
        return accounts.accountsOfAgency(agencyCode).stream()
                .filter(a -> a.status() != AccountStatus.CLOSED && a.unitCode() != null)
                .collect(Collectors.groupingBy(AccountView::unitCode, java.util.TreeMap::new, Collectors.toList()));
    }
}
