package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;
import vn.dldcaccess.shared.Messages;

/** Reading the identity data the engine keeps: a person sees their own groups, never another user's. */
final class IdentityQueries {
    private IdentityQueries() {
    }

    /** A refusal when a read would tell who belongs to which group; null when the read is the caller's own. */
    static GuardRefusal leak(EngineRequest call, HttpServletRequest request, String self) {
        String path = call.path();
        boolean othersGroups = switch (path) {
            case "group", "group/count" -> notSelf(request.getParameter("member"), self)
                    || request.getParameter("memberOfTenant") != null;
            case "user", "user/count" -> request.getParameter("memberOfGroup") != null
                    || request.getParameter("memberOfTenant") != null || request.getParameter("potentialStarter") != null;
            case "identity/groups" -> notSelf(request.getParameter("userId"), self);
            default -> false;
        };
        return othersGroups ? GuardRefusal.forbidden(Messages.text("security.identity.othersGroups"),
                "membership query about another user") : null;
    }

    private static boolean notSelf(String userId, String self) {
        return userId != null && !userId.equals(self);
    }
}
