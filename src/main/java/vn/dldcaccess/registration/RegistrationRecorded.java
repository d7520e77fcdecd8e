package vn.dldcaccess.registration;

import java.util.Map;

/**
 * The outcome of a submitted form: the stored request, the groups its tasks go to, and the normalized
 * field values (written back so every later form shows what was stored).
 */
record RegistrationRecorded(long registrationId, String requestNumber, String unitHeadGroup,
                            Map<String, Object> normalizedFields, String summary) {
}
