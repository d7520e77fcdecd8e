package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dldcaccess.shared.Messages;

import java.io.IOException;

/**
 * A password set through the engine APIs (a person's own, or one the administrator gives a user in Admin) is
 * checked against the policy before the engine sees it: the person reads the policy in Vietnamese, and the log
 * gets one line instead of the engine's failed command with its stack trace. With log-in against the province's
 * directory, people's passwords are the directory's: changing one here would change nothing, so it is refused.
 */
final class NewPasswords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "[^/]+";
    private final EngineTargets targets;
    private final boolean directory;
    private final String adminId;

    NewPasswords(EngineTargets targets, boolean directory, String adminId) {
        this.targets = targets;
        this.directory = directory;
        this.adminId = adminId;
    }

    GuardRefusal refusal(EngineRequest call, byte[] body) {
        boolean own = call.is("PUT", "user/" + ID + "/credentials");
        boolean created = call.is("POST", "user/create");
        if (directory && own && !call.segment(1).equals(adminId)) {
            return GuardRefusal.bad(Messages.text("security.password.directory"), "password managed by the directory");
        }
        if ((!own && !created) || body == null) {
            return null;
        }
        JsonNode json;
        try {
            json = JSON.readTree(body);
        } catch (IOException e) {
            return null; // the engine answers a body it cannot read
        }
        if (json == null) {
            return null;
        }
        JsonNode profile = json.path("profile");
        String password = (own ? json : json.path("credentials")).path("password").asText(null);
        String userId = own ? call.segment(1) : profile.path("id").asText(null);
        if (password == null || userId == null) {
            return null;
        }
        return targets.passwordRefusal(userId, profile.path("firstName").asText(null),
                        profile.path("lastName").asText(null), profile.path("email").asText(null), password)
                .map(message -> GuardRefusal.bad(message, "password below the policy")).orElse(null);
    }
}
