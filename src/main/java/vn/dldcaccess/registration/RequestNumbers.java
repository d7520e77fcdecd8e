package vn.dldcaccess.registration;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Request numbers, one gap-free sequence per agency and year ({@code SLĐTBXH-2026-000123}). The number is
 * taken under a row lock in the caller's transaction, the same one that starts the process: a start that
 * fails rolls its number back, and concurrent starts queue on the row.
 */
@Component
class RequestNumbers {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    RequestNumbers(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    String next(String agencyCode, String agencySymbol, int year) {
        Long last = lock(agencyCode, year);
        if (last == null) {
            // First number of the year: create the row on its own so that a rollback keeps it.
            try {
                newTransaction.executeWithoutResult(s -> jdbc.update(
                        "insert into reg_number_sequence (agency_code, seq_year, last_value) values (?, ?, 0)",
                        agencyCode, year));
            } catch (DuplicateKeyException concurrentFirst) {
                // another start created it first
            }
            last = lock(agencyCode, year);
        }
        long next = last + 1;
        jdbc.update("update reg_number_sequence set last_value = ? where agency_code = ? and seq_year = ?",
                next, agencyCode, year);
        return String.format("%s-%d-%06d", agencySymbol, year, next);
    }

    private Long lock(String agencyCode, int year) {
        List<Long> values = jdbc.queryForList(
                "select last_value from reg_number_sequence where agency_code = ? and seq_year = ? for update",
                Long.class, agencyCode, year);
        return values.isEmpty() ? null : values.get(0);
    }
}
