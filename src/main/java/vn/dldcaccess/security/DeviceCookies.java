package vn.dldcaccess.security;

import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseCookie;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.function.Supplier;

/**
 * OWASP device cookies: after a right password the browser gets a cookie saying "this user logged in here
 * before", so that her next log-ins are not held back by someone else guessing her password from the same office
 * (see {@link LoginThrottle}). One cookie per user (a shared office PC keeps one for each of its people), named
 * after a hash of the user name; its value is a random id, the issue time and an HMAC-SHA256 over user, id and
 * time with a key every node shares ({@link DeviceCookieKey}). A cookie whose HMAC fails, that is another user's,
 * older than its lifetime or from the future is ignored (the client counts as unknown), never an error.
 */
final class DeviceCookies {
    static final Duration LIFETIME = Duration.ofDays(180);
    static final String PREFIX = "dldc_device_";
    private static final long CLOCK_SKEW_SECONDS = 300;
    private static final Base64.Encoder B64 = Base64.getUrlEncoder().withoutPadding();
    private final Supplier<byte[]> key;
    private final boolean secure;
    private final Clock clock;
    private final SecureRandom random = new SecureRandom();

    /** key: null while it cannot be had (then no cookie is trusted or issued); secure: HTTPS-only cookies */
    DeviceCookies(Supplier<byte[]> key, boolean secure, Clock clock) {
        this.key = key;
        this.secure = secure;
        this.clock = clock;
    }

    static String name(String user) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(normal(user).getBytes(StandardCharsets.UTF_8));
            return PREFIX + HexFormat.of().formatHex(hash, 0, 8);
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    /** The id of a valid device cookie for this user that the request carries, or null. */
    String trusted(HttpServletRequest request, String user) {
        Cookie[] cookies = request.getCookies();
        if (cookies == null || user == null) {
            return null;
        }
        String name = name(user);
        for (Cookie cookie : cookies) {
            if (name.equals(cookie.getName())) {
                String id = verify(cookie.getValue(), user);
                if (id != null) {
                    return id;
                }
            }
        }
        return null;
    }

    /** The cookie's id when the value is a valid cookie for this user, else null. */
    String verify(String value, String user) {
        byte[] k = key.get();
        String[] parts = value == null ? new String[0] : value.split("\\.", -1);
        if (k == null || parts.length != 3 || !parts[0].matches("[A-Za-z0-9_-]{22}")) {
            return null;
        }
        long issued;
        byte[] given;
        try {
            issued = Long.parseLong(parts[1]);
            given = Base64.getUrlDecoder().decode(parts[2]);
        } catch (IllegalArgumentException e) {
            return null;
        }
        long now = clock.millis() / 1000;
        if (issued > now + CLOCK_SKEW_SECONDS || now - issued > LIFETIME.toSeconds()) {
            return null;
        }
        return MessageDigest.isEqual(mac(k, user, parts[0], issued), given) ? parts[0] : null;
    }

    /** A cookie value for this user, id and issue time (seconds since 1970); null without a key. */
    String value(String user, String id, long issuedSeconds) {
        byte[] k = key.get();
        return k == null ? null : id + "." + issuedSeconds + "." + B64.encodeToString(mac(k, user, id, issuedSeconds));
    }

    /** The Set-Cookie header of a new cookie for this user; null without a key. */
    String newCookie(String user) {
        byte[] id = new byte[16];
        random.nextBytes(id);
        String value = value(user, B64.encodeToString(id), clock.millis() / 1000);
        return value == null ? null : ResponseCookie.from(name(user), value).path("/").maxAge(LIFETIME).httpOnly(true)
                .secure(secure).sameSite("Strict").build().toString();
    }

    void issue(HttpServletResponse response, String user) {
        String header = newCookie(user);
        if (header != null && !response.isCommitted()) {
            response.addHeader(HttpHeaders.SET_COOKIE, header);
        }
    }

    private static byte[] mac(byte[] key, String user, String id, long issued) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(key, "HmacSHA256"));
            return mac.doFinal((normal(user) + "\n" + id + "\n" + issued).getBytes(StandardCharsets.UTF_8));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException(e);
        }
    }

    private static String normal(String user) {
        return user.toLowerCase(Locale.ROOT);
    }
}
