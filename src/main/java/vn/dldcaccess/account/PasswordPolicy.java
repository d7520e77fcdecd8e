package vn.dldcaccess.account;

import org.springframework.boot.context.properties.ConfigurationProperties;

import java.util.EnumMap;
import java.util.Map;

/**
 * How often each system's password must change (letter 2932 §4: at least once a month).
 *
 * @param periodDays days between changes per system; 30 where not given
 */
@ConfigurationProperties("dldc.account.password")
public record PasswordPolicy(Map<AccountSystem, Integer> periodDays) {
    public PasswordPolicy {
        Map<AccountSystem, Integer> m = new EnumMap<>(AccountSystem.class);
        for (AccountSystem s : AccountSystem.values()) {
            m.put(s, periodDays == null || periodDays.get(s) == null ? 30 : periodDays.get(s));
        }
        periodDays = Map.copyOf(m);
    }

    public int periodDays(AccountSystem system) {
        return periodDays.get(system);
    }
}
