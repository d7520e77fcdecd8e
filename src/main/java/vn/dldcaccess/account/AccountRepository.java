package vn.dldcaccess.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface AccountRepository extends JpaRepository<Account, Long> {
    boolean existsByOpenKey(String openKey);

    List<Account> findByHolderUsernameOrderByIdAsc(String holderUsername);

    boolean existsByHolderCitizenIdAndSystemAndStatusIn(String citizenId, AccountSystem system,
                                                        Collection<AccountStatus> statuses);

    List<Account> findByAgencyCodeOrderByIdAsc(String agencyCode);

    List<Account> findBySystemOrderByIdAsc(AccountSystem system);

    List<Account> findByUnitCodeOrderByIdAsc(String unitCode);
}
