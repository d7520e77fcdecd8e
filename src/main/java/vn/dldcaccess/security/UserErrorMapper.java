package vn.dldcaccess.security;

import jakarta.annotation.Priority;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.OptimisticLockingException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.rest.exception.ExceptionHandlerHelper;
import org.camunda.bpm.engine.rest.exception.RestException;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.databind.JsonMappingException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import vn.dldcaccess.shared.Messages;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

/**
 * How the engine's REST resources (the engine REST API and the webapps' copy) answer a failed call: a person's
 * refused input is a 400 with the feature's Vietnamese message alone (the portal contract); every other error
 * keeps Camunda's status but speaks Vietnamese and names no exception class (a neutral code instead); the
 * English detail goes to the log. A 500 is logged under the logger the tests watch.
 */
final class UserErrorMapper {
    private static final Logger log = LoggerFactory.getLogger(UserErrorMapper.class);
    private static final Logger http500 = LoggerFactory.getLogger(ErrorAnswers.HTTP_500_LOGGER);

    private UserErrorMapper() {
    }

    /** Registered for each exception type Camunda maps itself, so that ours is always the closest match. */
    static final Class<?>[] MAPPERS = {ForThrowable.class, ForProcessEngine.class, ForRest.class, ForJsonMapping.class,
            ForJsonParse.class};

    /** Jersey reads the exception type from each subclass's type argument; the request tells who reads the answer. */
    abstract static class Mapper<E extends Throwable> implements ExceptionMapper<E> {
        @Context
        HttpServletRequest request;

        @Override
        public Response toResponse(E e) {
            return translate(e, request);
        }
    }

    @Provider
    @Priority(1)
    static class ForThrowable extends Mapper<Throwable> {
    }

    @Provider
    @Priority(1)
    static class ForProcessEngine extends Mapper<ProcessEngineException> {
    }

    @Provider
    @Priority(1)
    static class ForRest extends Mapper<RestException> {
    }

    @Provider
    @Priority(1)
    static class ForJsonMapping extends Mapper<JsonMappingException> {
    }

    @Provider
    @Priority(1)
    static class ForJsonParse extends Mapper<JsonParseException> {
    }

    static Response translate(Throwable exception, HttpServletRequest request) {
        BadUserRequestException refused = find(exception, BadUserRequestException.class);
        if (refused != null) {
            log.info("Engine REST request refused as user error: {}", exception.getMessage());
            return answer(request, 400, "InvalidInput", refused.getMessage());
        }
        int status = ExceptionHandlerHelper.getInstance().getResponse(exception).getStatus();
        String english = String.valueOf(exception.getMessage());
        if (english.contains("Password does not match policy")) {
            log.info("Password refused by the policy");
            return answer(request, 400, "InvalidInput", Messages.text("security.password.notAccepted", PasswordRules.describe()));
        }
        if (english.contains("authenticated user password is not valid")) {
            log.info("Password change refused: wrong current password");
            return answer(request, 400, "InvalidInput", Messages.text("security.password.wrongCurrent"));
        }
        if (find(exception, OptimisticLockingException.class) != null) {
            log.info("Concurrent change refused: {}", exception.getMessage());
            return answer(request, 409, "Conflict", Messages.text("security.task.conflict"));
        }
        if (status >= 500) {
            String incident = UUID.randomUUID().toString().substring(0, 8);
            http500.error("HTTP 500 answered by the engine REST API (incident {})", incident, exception);
            return answer(request, 500, "ServerError", ErrorAnswers.serverError(incident));
        }
        log.info("Engine REST request answered {}: {}", status, exception.getMessage());
        return answer(request, status, switch (status) {
            case 401 -> "LoginRequired";
            case 403 -> "AccessDenied";
            case 404 -> "NotFound";
            default -> "InvalidRequest";
        }, switch (status) {
            case 400 -> Messages.text("security.engine.status400");
            case 404 -> Messages.text("security.engine.status404");
            default -> ErrorAnswers.vietnamese(status);
        });
    }

    private static Response answer(HttpServletRequest request, int status, String code, String message) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", code);
        body.put("message", WebappMessages.forCaller(message, request));
        return Response.status(status).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }

    private static <T extends Throwable> T find(Throwable e, Class<T> type) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (type.isInstance(t)) {
                return type.cast(t);
            }
        }
        return null;
    }
}
