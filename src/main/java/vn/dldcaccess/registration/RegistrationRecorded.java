package vn.dldcaccess.registration;

import java.util.Map;

/**
 * The outcome of a submitted form: the stored request's number, the normalized field values (written back so
 * every later form shows what was stored) and the plain-text summary the unit head reads.
 */
record RegistrationRecorded(String requestNumber, Map<String, Object> normalizedFields, String summary) {
}
