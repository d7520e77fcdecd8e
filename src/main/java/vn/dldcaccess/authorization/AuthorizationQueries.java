package vn.dldcaccess.authorization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.shared.AccountOfRequest;

import java.util.EnumSet;
import java.util.List;
import java.util.Optional;

import static vn.dldcaccess.authorization.AuthorizationRecords.number;

/** What other modules ask of the letters: the open ones of an account or holder, those naming a delegate. */
@Service
@Transactional(readOnly = true)
class AuthorizationQueries implements AccountOfRequest {
    static final EnumSet<AuthorizationStatus> OPEN = EnumSet.of(AuthorizationStatus.AWAITING_DELEGATE,
            AuthorizationStatus.REQUESTED,
            AuthorizationStatus.RETURNED, AuthorizationStatus.APPROVED, AuthorizationStatus.ACTIVE);

    private final AuthorizationRepository authorizations;
    private final AuthorizationRecords records;

    AuthorizationQueries(AuthorizationRepository authorizations, AuthorizationRecords records) {
        this.authorizations = authorizations;
        this.records = records;
    }

    List<Long> openOfAccount(long accountId) {
        return authorizations.findByAccountIdAndStatusIn(accountId, OPEN).stream().map(Authorization::id).toList();
    }

    List<Long> namingDelegate(String delegate, int limit) {
        return authorizations.findByDelegateUsernameOrderByIdDesc(delegate,
                org.springframework.data.domain.PageRequest.of(0, limit)).stream().map(Authorization::id).toList();
    }

    List<Long> openOfHolder(String holder) {
        return authorizations.findByHolderUsernameAndStatusIn(holder, OPEN).stream().map(Authorization::id).toList();
    }

    List<AuthorizationView> views(java.util.Collection<Long> accountIds) {
        return accountIds.isEmpty() ? List.of() : authorizations.findByAccountIdInAndStatusInOrderByValidFromAsc(
                accountIds, OPEN).stream().map(a -> new AuthorizationView(number(a), a.accountId(), a.delegateUsername(),
                records.name(a.delegateUsername()), a.validFrom(), a.validTo(), a.status(), a.status().label())).toList();
    }

    /** The account a "UQ-" process's password steps act on. */
    @Override
    public Optional<Long> accountOf(String businessKey) {
        long id = AuthorizationLetterProcess.authorizationId(businessKey);
        return id < 0 ? Optional.empty() : authorizations.findById(id).map(Authorization::accountId);
    }
}
