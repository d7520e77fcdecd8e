package vn.dldcaccess.revocation;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;
import java.util.Set;

/** A leaver report's tasks (each account to close): the person who leaves or moves, and the report's key. */
@Component
class RevocationTaskSubject implements TaskSubject {
    private final RevocationRepository revocations;
    private final OrganizationDirectory organization;

    RevocationTaskSubject(RevocationRepository revocations, OrganizationDirectory organization) {
        this.revocations = revocations;
        this.organization = organization;
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return AccountRevocationProcess.BUSINESS_KEY.find(businessKey).flatMap(revocations::findById)
                .map(r -> organization.person(r.personUsername()).map(PersonInfo::fullName).orElse(r.personUsername())
                        + DASH + businessKey);
    }

    /** The person who leaves or moves: never the one who closes her accounts. */
    @Override
    public Set<String> peopleOf(String businessKey) {
        return AccountRevocationProcess.BUSINESS_KEY.find(businessKey).flatMap(revocations::findById)
                .map(r -> Set.of(r.personUsername())).orElse(Set.of());
    }
}
