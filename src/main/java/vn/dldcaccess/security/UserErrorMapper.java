package vn.dldcaccess.security;

import jakarta.annotation.Priority;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;
import org.camunda.bpm.engine.BadUserRequestException;
import org.camunda.bpm.engine.rest.exception.RestException;
import org.camunda.bpm.engine.rest.exception.RestExceptionHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The engine REST API wraps a refused start or task completion into a 500 with an English prefix. A refusal
 * of a person's input is that person's to fix: answer 400 with the Vietnamese message alone (the portal
 * contract), log it in English, and leave every other error to Camunda's own handler.
 */
@Provider
@Priority(1)
class UserErrorMapper implements ExceptionMapper<RestException> {
    private static final Logger log = LoggerFactory.getLogger(UserErrorMapper.class);
    private final RestExceptionHandler camunda = new RestExceptionHandler();

    @Override
    public Response toResponse(RestException exception) {
        Throwable cause = exception.getCause();
        while (cause != null && !(cause instanceof BadUserRequestException)) {
            cause = cause.getCause();
        }
        if (cause == null) {
            return camunda.toResponse(exception);
        }
        log.info("Engine REST request refused as user error ({})", exception.getStatus());
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("type", "BadUserRequestException");
        body.put("message", cause.getMessage());
        return Response.status(Response.Status.BAD_REQUEST).type(MediaType.APPLICATION_JSON_TYPE).entity(body).build();
    }
}
