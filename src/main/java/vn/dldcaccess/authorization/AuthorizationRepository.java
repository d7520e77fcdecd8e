package vn.dldcaccess.authorization;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface AuthorizationRepository extends JpaRepository<Authorization, Long> {
    List<Authorization> findByAccountIdAndStatusIn(long accountId, Collection<AuthorizationStatus> statuses);

    List<Authorization> findByDelegateUsernameOrderByIdDesc(String delegate, org.springframework.data.domain.Pageable page);

    List<Authorization> findByHolderUsernameAndStatusIn(String holder, Collection<AuthorizationStatus> statuses);

    List<Authorization> findByAccountIdOrderByIdAsc(long accountId);

    List<Authorization> findByAgencyCodeAndStatusIn(String agencyCode, Collection<AuthorizationStatus> statuses);

    List<Authorization> findByAccountIdInAndStatusInOrderByValidFromAsc(Collection<Long> accountIds,
                                                                        Collection<AuthorizationStatus> statuses);
}
