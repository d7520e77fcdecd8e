package vn.dldcaccess.shared;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.List;

/**
 * Gap-free numbers, one series per name and year (request numbers of an agency, its giấy ủy quyền, its
 * notices…). A number is taken under a row lock in the caller's transaction: a step that fails rolls its
 * number back, and concurrent takers (on any node) queue on the row.
 */
@Component
public class GapFreeSequence {
    private final JdbcTemplate jdbc;
    private final TransactionTemplate newTransaction;

    GapFreeSequence(JdbcTemplate jdbc, PlatformTransactionManager transactions) {
        this.jdbc = jdbc;
        this.newTransaction = new TransactionTemplate(transactions);
        this.newTransaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
    }

    /** The next number of {@code series} in {@code year}, from 1. */
    public long next(String series, int year) {
        Long last = lock(series, year);
        if (last == null) {
            // First number of the year: create the row on its own so that a rollback keeps it.
            try {
                newTransaction.executeWithoutResult(s -> jdbc.update(
                        "insert into num_sequence (series, seq_year, last_value) values (?, ?, 0)", series, year));
            } catch (DuplicateKeyException concurrentFirst) {
                // another taker created it first
            }
            last = lock(series, year);
        }
        long next = last + 1;
        jdbc.update("update num_sequence set last_value = ? where series = ? and seq_year = ?", next, series, year);
        return next;
    }

    private Long lock(String series, int year) {
        List<Long> values = jdbc.queryForList(
                "select last_value from num_sequence where series = ? and seq_year = ? for update",
                Long.class, series, year);
        return values.isEmpty() ? null : values.get(0);
    }
}
