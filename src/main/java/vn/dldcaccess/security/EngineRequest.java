package vn.dldcaccess.security;

import jakarta.servlet.http.HttpServletRequest;

/**
 * A call to the engine's REST resources, wherever they are mounted: the engine REST API ({@code /engine-rest},
 * with or without {@code /engine/{name}}) and the webapps' own copy that the Tasklist calls
 * ({@code /camunda/api/engine/engine/{name}}). {@code path} is the resource path without that prefix, decoded
 * and normalized by the servlet container as the REST resources see it, without a trailing slash.
 */
record EngineRequest(Mount mount, String method, String path) {

    enum Mount { ENGINE_REST, WEBAPP_ENGINE, WEBAPP_OTHER, OTHER }

    static EngineRequest of(HttpServletRequest request) {
        String full = RequestLogins.path(request);
        String method = request.getMethod().toUpperCase(java.util.Locale.ROOT);
        if (full.startsWith("/engine-rest/") || full.equals("/engine-rest")) {
            String rest = strip(full.substring("/engine-rest".length()));
            if (rest.startsWith("engine/")) {
                rest = afterEngineName(rest.substring("engine/".length()));
            }
            return new EngineRequest(Mount.ENGINE_REST, method, rest);
        }
        if (full.startsWith("/camunda/api/engine/engine/")) {
            return new EngineRequest(Mount.WEBAPP_ENGINE, method,
                    afterEngineName(strip(full.substring("/camunda/api/engine/engine/".length()))));
        }
        if (full.startsWith("/camunda/api/")) {
            return new EngineRequest(Mount.WEBAPP_OTHER, method, strip(full.substring("/camunda/api/".length())));
        }
        return new EngineRequest(Mount.OTHER, method, strip(full));
    }

    private static String afterEngineName(String rest) {
        int slash = rest.indexOf('/');
        return slash < 0 ? "" : rest.substring(slash + 1);
    }

    private static String strip(String p) {
        String s = p;
        while (s.startsWith("/")) {
            s = s.substring(1);
        }
        while (s.endsWith("/")) {
            s = s.substring(0, s.length() - 1);
        }
        return s;
    }

    boolean isEngine() {
        return mount == Mount.ENGINE_REST || mount == Mount.WEBAPP_ENGINE;
    }

    boolean is(String httpMethod, String pathPattern) {
        return method.equals(httpMethod) && path.matches(pathPattern);
    }

    /** The n-th segment of the path (0-based), e.g. the task id of task/{id}/complete. */
    String segment(int n) {
        String[] parts = path.split("/");
        return n < parts.length ? parts[n] : null;
    }
}
