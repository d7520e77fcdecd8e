package vn.dldcaccess.reconciliation;

import org.springframework.data.jpa.repository.JpaRepository;
import vn.dldcaccess.account.AccountSystem;

import java.util.List;

interface RunRepository extends JpaRepository<ReconciliationRun, Long> {
    List<ReconciliationRun> findBySystemOrderByIdDesc(AccountSystem system);

    List<ReconciliationRun> findTop100ByOrderByIdDesc();
}
