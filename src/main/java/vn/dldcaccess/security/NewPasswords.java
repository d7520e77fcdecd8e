package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import java.io.IOException;

/**
 * A password set through the engine APIs (a person's own, or one the administrator gives a user in Admin) is
 * checked against the policy before the engine sees it: the person reads the policy in Vietnamese, and the log
 * gets one line instead of the engine's failed command with its stack trace.
 */
final class NewPasswords {
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String ID = "[^/]+";

    private NewPasswords() {
    }

    static GuardRefusal refusal(EngineRequest call, byte[] body, EngineTargets targets) {
        boolean own = call.is("PUT", "user/" + ID + "/credentials");
        boolean created = call.is("POST", "user/create");
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
        boolean ok = targets.meetsPasswordPolicy(userId, profile.path("firstName").asText(null),
                profile.path("lastName").asText(null), profile.path("email").asText(null), password);
        return ok ? null : GuardRefusal.bad("Mật khẩu chưa đạt yêu cầu: " + PasswordRules.describe() + ".",
                "password below the policy");
    }
}
