package vn.dldcaccess.registration;

import vn.dldcaccess.shared.RefusedException;

import java.util.List;
import java.util.stream.Collectors;

/** The form was not accepted; every wrong field is named. Nothing was stored. */
public class InvalidRegistrationException extends RefusedException {
    private final List<FieldError> errors;

    public InvalidRegistrationException(List<FieldError> errors) {
        super("Invalid registration fields: " + errors.stream().map(e -> e.field().key())
                .collect(Collectors.joining(", ")), "Phiếu đăng ký chưa hợp lệ, vui lòng sửa các mục sau: "
                + errors.stream().map(FieldError::describe).collect(Collectors.joining("; ")) + ".");
        this.errors = List.copyOf(errors);
    }

    public List<FieldError> errors() {
        return errors;
    }

}
