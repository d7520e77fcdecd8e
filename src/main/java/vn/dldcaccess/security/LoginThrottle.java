package vn.dldcaccess.security;

import java.time.Clock;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Wrong passwords slow the guesser down without locking the real user out. Three counts grow with failures:
 * per user and source (the guesser at one machine), per source (one machine trying many users) and per user
 * (many machines trying one user). Each waits twice as long after every failure beyond a free allowance, up to
 * a cap; a refused attempt during the wait does not count, and a success clears the user's counts. The real
 * user at another machine waits at most the per-user cap (30 s); at the guesser's machine at most a minute.
 * A whole agency may sit behind one address, so the per-source count allows many more failures and waits at
 * most 10 s: it slows spraying one password over many users without stalling an office for its typos.
 * Counts fade after 15 minutes without failures. Kept in memory on each node.
 */
final class LoginThrottle {
    static final long FORGET_AFTER_MILLIS = 15 * 60_000L;
    private static final int MAX_ENTRIES = 100_000;

    private record Rule(String prefix, int freeFailures, long capMillis) {
    }

    private static final Rule USER_AND_SOURCE = new Rule("us:", 3, 60_000);
    private static final Rule SOURCE = new Rule("s:", 30, 10_000);
    private static final Rule USER = new Rule("u:", 10, 30_000);

    private static final class Count {
        int failures;
        long lastFailure;
    }

    private final Map<String, Count> counts = new ConcurrentHashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Milliseconds this user must wait before trying again from this source (0: may try now). */
    long waitMillis(String user, String source) {
        long now = clock.millis();
        return Math.max(wait(USER_AND_SOURCE, user + "|" + source, now),
                Math.max(wait(SOURCE, source, now), wait(USER, user, now)));
    }

    void failed(String user, String source) {
        long now = clock.millis();
        if (counts.size() > MAX_ENTRIES) {
            forgetOld(now);
        }
        count(USER_AND_SOURCE.prefix() + user + "|" + source, now);
        count(SOURCE.prefix() + source, now);
        count(USER.prefix() + user, now);
    }

    void succeeded(String user, String source) {
        counts.remove(USER_AND_SOURCE.prefix() + user + "|" + source);
        counts.remove(USER.prefix() + user);
    }

    private long wait(Rule rule, String key, long now) {
        Count c = counts.get(rule.prefix() + key);
        if (c == null) {
            return 0;
        }
        synchronized (c) {
            if (now - c.lastFailure > FORGET_AFTER_MILLIS || c.failures < rule.freeFailures()) {
                return 0;
            }
            int doublings = Math.min(c.failures - rule.freeFailures(), 20);
            long delay = Math.min(1000L << doublings, rule.capMillis());
            return Math.max(0, c.lastFailure + delay - now);
        }
    }

    private void count(String key, long now) {
        Count c = counts.computeIfAbsent(key, k -> new Count());
        synchronized (c) {
            if (now - c.lastFailure > FORGET_AFTER_MILLIS) {
                c.failures = 0;
            }
            c.failures++;
            c.lastFailure = now;
        }
    }

    private void forgetOld(long now) {
        counts.entrySet().removeIf(e -> now - e.getValue().lastFailure > FORGET_AFTER_MILLIS);
    }
}
