package vn.dldcaccess.account;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Collection;
import java.util.List;

interface AccountRepository extends JpaRepository<Account, Long> {
    // written out: a derived query is a new criteria query, translated to SQL again at each call (issue 24)
    @org.springframework.data.jpa.repository.Query("select count(a) > 0 from Account a where a.openKey = ?1")
    boolean existsByOpenKey(String openKey);

    List<Account> findByHolderUsernameOrderByIdAsc(String holderUsername);

    @org.springframework.data.jpa.repository.Query("select count(a) > 0 from Account a where a.holderCitizenId = ?1 and a.system = ?2 and a.status in ?3")
    boolean existsByHolderCitizenIdAndSystemAndStatusIn(String citizenId, AccountSystem system,
                                                        Collection<AccountStatus> statuses);

    List<Account> findByAgencyCodeOrderByIdAsc(String agencyCode);

    List<Account> findBySystemOrderByIdAsc(AccountSystem system);

    List<Account> findByUnitCodeOrderByIdAsc(String unitCode);
}
