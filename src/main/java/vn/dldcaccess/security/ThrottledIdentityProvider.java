package vn.dldcaccess.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store, with every password check (webapp log-in, HTTP Basic on the engine REST API and
 * on the application's endpoints) going through the {@link LoginThrottle} instead of Camunda's lock, which after
 * ten wrong passwords lets anyone lock a user out. While the caller must wait, the password is not even checked;
 * a right one gets the browser a device cookie (through {@link LoginSource}).
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {
    private final LoginThrottle throttle;
    private final Passwords passwords;

    /** Where a person's password is checked: the engine's own store, or the province's directory. */
    interface Passwords {
        /** null: the engine's own store decides */
        Boolean check(String userId, String password);
    }

    ThrottledIdentityProvider(LoginThrottle throttle, Passwords passwords) {
        this.throttle = throttle;
        this.passwords = passwords;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || password.isEmpty()) {
            return false;
        }
        LoginSource.Client client = LoginSource.current();
        LoginThrottle.Attempt attempt = new LoginThrottle.Attempt(userId, client.address(), client.device(userId));
        if (throttle.begin(attempt) > 0) {
            return false;
        }
        Boolean ok = null;
        try {
            UserEntity user = findUserById(userId);
            Boolean external = user == null ? null : passwords.check(userId, password);
            ok = user != null && (external != null ? external : matchPassword(password, user));
        } finally {
            throttle.end(attempt, ok);
        }
        if (ok) {
            client.loggedIn(userId, attempt.device());
        }
        return ok;
    }

    /** How the engine opens the provider for each command. */
    static final class Factory implements SessionFactory {
        private final LoginThrottle throttle;
        private final Passwords passwords;

        Factory(LoginThrottle throttle, Passwords passwords) {
            this.throttle = throttle;
            this.passwords = passwords;
        }

        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle, passwords);
        }
    }
}
