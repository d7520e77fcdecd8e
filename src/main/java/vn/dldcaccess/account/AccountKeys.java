package vn.dldcaccess.account;

import jakarta.persistence.EntityManager;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * Every account of one system, read by one query as a stream of {@link AccountKey} (never the entities with their
 * history): what a reconciliation needs of a register of a hundred thousand accounts.
 */
@Component
public class AccountKeys {
    private final EntityManager entityManager;

    AccountKeys(EntityManager entityManager) {
        this.entityManager = entityManager;
    }

    /** Each account of the system, in id order, handed to {@code each} while the query streams. */
    @Transactional(readOnly = true)
    public void forEach(AccountSystem system, Consumer<AccountKey> each) {
        try (Stream<AccountKey> rows = entityManager.createQuery("SELECT new vn.dldcaccess.account.AccountKey(a.id,"
                        + " a.system, a.username, a.holderUsername, a.holderName, a.agencyCode, a.unitCode, a.status)"
                        + " FROM Account a WHERE a.system = :system ORDER BY a.id", AccountKey.class)
                .setParameter("system", system).setHint("org.hibernate.fetchSize", 1000).getResultStream()) {
            rows.forEach(each);
        }
    }
}
