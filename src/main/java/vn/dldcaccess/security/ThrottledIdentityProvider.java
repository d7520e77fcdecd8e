package vn.dldcaccess.security;

import org.camunda.bpm.engine.impl.identity.db.DbIdentityServiceProvider;
import org.camunda.bpm.engine.impl.interceptor.Session;
import org.camunda.bpm.engine.impl.interceptor.SessionFactory;
import org.camunda.bpm.engine.impl.persistence.entity.UserEntity;

/**
 * The engine's own user store, with every password check (webapp log-in, HTTP Basic on the engine REST API and
 * on the application's endpoints) going through the {@link LoginThrottle} instead of Camunda's lock, which after
 * ten wrong passwords lets anyone lock a user out. While the caller must wait, the password is not even checked.
 */
class ThrottledIdentityProvider extends DbIdentityServiceProvider {
    private final LoginThrottle throttle;

    ThrottledIdentityProvider(LoginThrottle throttle) {
        this.throttle = throttle;
    }

    @Override
    public boolean checkPassword(String userId, String password) {
        if (userId == null || password == null || password.isEmpty()) {
            return false;
        }
        String source = LoginSource.current();
        if (throttle.waitMillis(userId, source) > 0) {
            return false;
        }
        UserEntity user = findUserById(userId);
        boolean ok = user != null && matchPassword(password, user);
        if (ok) {
            throttle.succeeded(userId, source);
        } else {
            throttle.failed(userId, source);
        }
        return ok;
    }

    /** How the engine opens the provider for each command. */
    static final class Factory implements SessionFactory {
        private final LoginThrottle throttle;

        Factory(LoginThrottle throttle) {
            this.throttle = throttle;
        }

        @Override
        public Class<?> getSessionType() {
            return ThrottledIdentityProvider.class;
        }

        @Override
        public Session openSession() {
            return new ThrottledIdentityProvider(throttle);
        }
    }
}
