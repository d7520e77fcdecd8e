package vn.dldcaccess.shared;

import org.junit.jupiter.api.Test;

import java.sql.SQLTransientException;
import java.util.concurrent.atomic.AtomicInteger;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** A start-up step the database was too busy for is tried again; any other failure stops the start at once. */
class TransientRetryTest {
    @Test
    void aTransientFailureIsTriedAgainAndAnyOtherIsNot() {
        AtomicInteger calls = new AtomicInteger();
        TransientRetry.run("test", () -> {
            if (calls.incrementAndGet() < 3) {
                throw new IllegalStateException("engine", new RuntimeException(new SQLTransientException("busy")));
            }
        });
        assertThat(calls).hasValue(3);

        AtomicInteger other = new AtomicInteger();
        assertThatThrownBy(() -> TransientRetry.run("test", () -> {
            other.incrementAndGet();
            throw new IllegalStateException("weak password");
        })).hasMessage("weak password");
        assertThat(other).hasValue(1);

        AtomicInteger always = new AtomicInteger();
        assertThatThrownBy(() -> TransientRetry.run("test", () -> {
            always.incrementAndGet();
            throw new IllegalStateException(new SQLTransientException("busy"));
        })).isInstanceOf(IllegalStateException.class);
        assertThat(always).hasValue(TransientRetry.ATTEMPTS);
    }
}
