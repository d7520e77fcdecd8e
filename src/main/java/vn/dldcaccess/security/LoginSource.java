package vn.dldcaccess.security;

/**
 * The network source of the request being served (the client's address as the container sees it; behind a
 * reverse proxy, configure {@code server.forward-headers-strategy} so that it is the client's). Password checks
 * outside a request count as "local".
 */
final class LoginSource {
    private static final ThreadLocal<String> CURRENT = new ThreadLocal<>();

    private LoginSource() {
    }

    static String current() {
        String s = CURRENT.get();
        return s == null ? "local" : s;
    }

    static void set(String source) {
        CURRENT.set(source);
    }

    static void clear() {
        CURRENT.remove();
    }
}
