package vn.dldcaccess.security;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Wrong passwords slow the guesser down without letting anyone keep the real user out (OWASP "Slow Down Online
 * Guessing Attacks with Device Cookies"). An attempt that carries a valid device cookie for its user (a browser
 * where that user logged in before, {@link DeviceCookies}) is counted and slowed by that cookie alone: nobody
 * else's failures hold it back. Every other attempt (an unknown browser, a script) is counted three ways: per
 * user and source (the guesser at one machine), per source (one machine trying many users) and per user (many
 * machines trying one user). Each count waits twice as long after every failure beyond a free allowance, up to a
 * cap; a refused attempt does not count. The checks of one user at one address (or of one cookie) take turns, so
 * guesses sent in parallel get no more tries than guesses sent one by one. A success clears the counts of its
 * cookie (trusted) or of its user (untrusted). Counts fade after 15 minutes without failures. Kept in memory on
 * each node; user names are counted in lower case (a case-insensitive database finds "STP.GD" as stp.gd).
 */
final class LoginThrottle {
    static final long FORGET_AFTER_MILLIS = 15 * 60_000L;
    private static final int MAX_ENTRIES = 100_000;
    /** How long a check waits for the check before it (same user and address, or same cookie) to end. */
    private static final long TURN_TIMEOUT_NANOS = 5_000_000_000L;

    record Rule(String prefix, int freeFailures, long capMillis) {
    }

    /** The guesser at one machine: a minute at most. */
    static final Rule USER_AND_SOURCE = new Rule("us:", 3, 60_000);
    /** A whole agency may sit behind one address: many failures allowed, 10 s at most. */
    static final Rule SOURCE = new Rule("s:", 30, 10_000);
    /** Many machines trying one user: what the real user meets at an unknown machine, 30 s at most. */
    static final Rule USER = new Rule("u:", 10, 30_000);
    /** One device cookie: the person's own typos, or someone at her browser; 5 minutes at most. */
    static final Rule DEVICE = new Rule("d:", 5, 300_000);

    /**
     * One log-in attempt: who, from where, and the id of a valid device cookie for that user it carries (null:
     * none, an untrusted client).
     */
    record Attempt(String user, String source, String device) {
        Attempt {
            user = user.toLowerCase(Locale.ROOT);
        }

        boolean trusted() {
            return device != null;
        }

        /** The count whose checks take turns: the user at this address, or the cookie. */
        private Key turn() {
            return keys().get(0);
        }

        private List<Key> keys() {
            if (trusted()) {
                return List.of(new Key(DEVICE, DEVICE.prefix() + device));
            }
            return List.of(new Key(USER_AND_SOURCE, USER_AND_SOURCE.prefix() + user + "|" + source),
                    new Key(SOURCE, SOURCE.prefix() + source), new Key(USER, USER.prefix() + user));
        }
    }

    private record Key(Rule rule, String id) {
    }

    private static final class Count {
        int failures;
        long lastFailure;
        /** a check under way (on the attempt's turn key) */
        boolean checking;
    }

    private final Map<String, Count> counts = new HashMap<>();
    private final Clock clock;

    LoginThrottle(Clock clock) {
        this.clock = clock;
    }

    /** Milliseconds this attempt must wait (0: may try now). */
    synchronized long waitMillis(Attempt attempt) {
        long now = clock.millis();
        long wait = 0;
        for (Key key : attempt.keys()) {
            wait = Math.max(wait, wait(key, now));
        }
        return wait;
    }

    /** An untrusted attempt (no device cookie). */
    long waitMillis(String user, String source) {
        return waitMillis(new Attempt(user, source, null));
    }

    /**
     * Before a password is checked: 0 when it may be (after the check under way for the same user and address, or
     * the same cookie, has ended), and then {@link #end} must follow; else how long the attempt must wait.
     */
    synchronized long begin(Attempt attempt) {
        String turn = attempt.turn().id();
        long deadline = System.nanoTime() + TURN_TIMEOUT_NANOS;
        while (counts.containsKey(turn) && counts.get(turn).checking) {
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                return 1000;
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return 1000;
            }
        }
        long wait = waitMillis(attempt);
        if (wait > 0) {
            return wait;
        }
        if (counts.size() > MAX_ENTRIES) {
            forgetOld(clock.millis());
        }
        counts.computeIfAbsent(turn, k -> new Count()).checking = true;
        return 0;
    }

    /** After the check {@link #begin} allowed: right (true), wrong (false) or none made (null: an error). */
    synchronized void end(Attempt attempt, Boolean right) {
        Count c = counts.get(attempt.turn().id());
        if (c != null) {
            c.checking = false;
        }
        if (Boolean.TRUE.equals(right)) {
            succeeded(attempt);
        } else if (Boolean.FALSE.equals(right)) {
            failed(attempt);
        } else {
            removeIfIdle(attempt.turn().id());
        }
        notifyAll();
    }

    synchronized void failed(Attempt attempt) {
        long now = clock.millis();
        for (Key key : attempt.keys()) {
            Count c = counts.computeIfAbsent(key.id(), k -> new Count());
            if (now - c.lastFailure > FORGET_AFTER_MILLIS) {
                c.failures = 0;
            }
            c.failures++;
            c.lastFailure = now;
        }
    }

    /** A success forgets the cookie's failures, or the user's (not the address's: its other users' guesses). */
    synchronized void succeeded(Attempt attempt) {
        for (Key key : attempt.keys()) {
            Count c = counts.get(key.id());
            if (c != null && key.rule() != SOURCE) {
                c.failures = 0;
            }
            removeIfIdle(key.id());
        }
    }

    void failed(String user, String source) {
        failed(new Attempt(user, source, null));
    }

    void succeeded(String user, String source) {
        succeeded(new Attempt(user, source, null));
    }

    private long wait(Key key, long now) {
        Count c = counts.get(key.id());
        if (c == null) {
            return 0;
        }
        Rule rule = key.rule();
        if (now - c.lastFailure > FORGET_AFTER_MILLIS || c.failures < rule.freeFailures()) {
            return 0;
        }
        int doublings = Math.min(c.failures - rule.freeFailures(), 20);
        long delay = Math.min(1000L << doublings, rule.capMillis());
        return Math.max(0, c.lastFailure + delay - now);
    }

    private void removeIfIdle(String id) {
        Count c = counts.get(id);
        if (c != null && !c.checking && (c.failures == 0 || clock.millis() - c.lastFailure > FORGET_AFTER_MILLIS)) {
            counts.remove(id);
        }
    }

    private void forgetOld(long now) {
        counts.values().removeIf(c -> !c.checking && now - c.lastFailure > FORGET_AFTER_MILLIS);
    }
}
