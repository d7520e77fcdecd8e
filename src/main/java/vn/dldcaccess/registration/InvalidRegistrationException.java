package vn.dldcaccess.registration;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

import java.util.List;
import java.util.stream.Collectors;

/** The form was not accepted; every wrong field is named. Nothing was stored. */
public class InvalidRegistrationException extends RefusedException {
    private final List<FieldError> errors;

    public InvalidRegistrationException(List<FieldError> errors) {
        super("Invalid registration fields: " + errors.stream().map(e -> e.field().key())
                .collect(Collectors.joining(", ")), Wording.of("registration.form.invalid",
                errors.stream().map(FieldError::describe).collect(Collectors.joining("; "))));
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

}
