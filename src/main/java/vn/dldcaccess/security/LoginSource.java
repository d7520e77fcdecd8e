package vn.dldcaccess.security;

/**
 * The client of the request being served, for the password checks: its network address (as the container sees
 * it; behind a reverse proxy, configure {@code server.forward-headers-strategy} so that it is the client's) and
 * the device cookies it carries. Password checks outside a request come from "local", with no cookies.
 */
final class LoginSource {
    private static final ThreadLocal<Client> CURRENT = new ThreadLocal<>();

    /** Where a log-in comes from. */
    interface Client {
        String address();

        /** The id of a valid device cookie for this user that the client carries, or null. */
        String device(String user);

        /** A password of this user was right (device: the cookie the attempt carried, or null). */
        void loggedIn(String user, String device);
    }

    private static final Client LOCAL = new Client() {
        @Override
        public String address() {
            return "local";
        }

        @Override
        public String device(String user) {
            return null;
        }

        @Override
        public void loggedIn(String user, String device) {
        }
    };

    private LoginSource() {
    }

    static Client current() {
        Client c = CURRENT.get();
        return c == null ? LOCAL : c;
    }

    static void set(Client client) {
        CURRENT.set(client);
    }

    static void clear() {
        CURRENT.remove();
    }
}
