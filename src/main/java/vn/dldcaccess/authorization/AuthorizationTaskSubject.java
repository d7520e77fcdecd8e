package vn.dldcaccess.authorization;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.TaskSubject;

import java.util.Optional;
import java.util.Set;

/** A giấy ủy quyền's tasks: its holder and its number (the official one once issued). */
@Component
class AuthorizationTaskSubject implements TaskSubject {
    private final AuthorizationRepository authorizations;
    private final OrganizationDirectory organization;

    AuthorizationTaskSubject(AuthorizationRepository authorizations, OrganizationDirectory organization) {
        this.authorizations = authorizations;
        this.organization = organization;
    }

    @Override
    public Optional<String> subjectOf(String businessKey) {
        return AuthorizationLetterProcess.BUSINESS_KEY.find(businessKey).flatMap(authorizations::findById)
                .map(a -> organization.person(a.holderUsername()).map(PersonInfo::fullName).orElse(a.holderUsername())
                        + DASH + a.reference());
    }

    /** The holder and the delegate: neither approves the letter. */
    @Override
    public Set<String> peopleOf(String businessKey) {
        return AuthorizationLetterProcess.BUSINESS_KEY.find(businessKey).flatMap(authorizations::findById)
                .map(a -> java.util.stream.Stream.of(a.holderUsername(), a.delegateUsername())
                        .filter(java.util.Objects::nonNull).collect(java.util.stream.Collectors.toSet())).orElse(Set.of());
    }
}
