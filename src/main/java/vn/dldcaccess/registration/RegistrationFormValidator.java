package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.UnitInfo;

import java.text.Normalizer;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static vn.dldcaccess.registration.Form1658Field.*;

/**
 * The rules of form 1658 (see shared/domain/form-1658.md), applied on the server whatever sent the form:
 * every wrong field is collected so a person can fix them all at once.
 */
@Component
class RegistrationFormValidator {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private final OrganizationDirectory organization;
    private final Clock clock;

    RegistrationFormValidator(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    RegistrationForm validate(Map<String, Object> input, String applicantUsername) {
        List<FieldError> errors = new ArrayList<>();
        String fullName = text(input, FULL_NAME);
        if (fullName == null) {
            errors.add(new FieldError(FULL_NAME, "bắt buộc nhập"));
        } else if (fullName.length() < 2 || fullName.length() > 100) {
            errors.add(new FieldError(FULL_NAME, "phải dài từ 2 đến 100 ký tự"));
        } else if (!fullName.matches("[\\p{L}\\p{M} ]+")) {
            errors.add(new FieldError(FULL_NAME, "chỉ gồm chữ cái (có dấu tiếng Việt) và khoảng trắng"));
        }

        LocalDate dob = null;
        String dobText = text(input, DATE_OF_BIRTH);
        if (dobText == null) {
            errors.add(new FieldError(DATE_OF_BIRTH, "bắt buộc nhập"));
        } else {
            try {
                dob = LocalDate.parse(dobText.length() > 10 ? dobText.substring(0, 10) : dobText);
                LocalDate today = LocalDate.now(clock.withZone(VN));
                int age = Period.between(dob, today).getYears();
                if (!dob.isBefore(today)) {
                    errors.add(new FieldError(DATE_OF_BIRTH, "phải là một ngày trong quá khứ"));
                } else if (age < 18 || age > 70) {
                    errors.add(new FieldError(DATE_OF_BIRTH, "tuổi phải từ 18 đến 70 (hiện là " + age + ")"));
                }
            } catch (DateTimeParseException e) {
                errors.add(new FieldError(DATE_OF_BIRTH, "không đúng định dạng ngày (yyyy-MM-dd)"));
            }
        }

        Gender gender = null;
        String genderText = text(input, GENDER);
        try {
            gender = genderText == null ? null : Gender.valueOf(genderText.toUpperCase());
        } catch (IllegalArgumentException e) {
            // reported below
        }
        if (gender == null) {
            errors.add(new FieldError(GENDER, "phải chọn Nam hoặc Nữ"));
        }

        CitizenId citizenId = null;
        try {
            String raw = text(input, CITIZEN_ID);
            citizenId = new CitizenId(raw == null ? null : raw.replace(" ", ""));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(CITIZEN_ID, e.getMessage()));
        }

        String position = required(input, POSITION, 100, errors);
        String duties = required(input, DUTIES, 500, errors);
        String purpose = required(input, PURPOSE, 500, errors);

        String unitCode = text(input, UNIT);
        Optional<UnitInfo> unit = organization.unit(unitCode);
        String agencyCode = null;
        if (unitCode == null) {
            errors.add(new FieldError(UNIT, "bắt buộc chọn"));
        } else if (unit.isEmpty()) {
            errors.add(new FieldError(UNIT, "không có trong danh mục đơn vị"));
        } else {
            agencyCode = unit.get().agencyCode();
            Optional<PersonInfo> applicant = organization.person(applicantUsername);
            boolean applicantInAgency = applicant.flatMap(p -> organization.agency(p.agencyCode()))
                    .filter(a -> a.kind() == AgencyKind.AGENCY).isPresent();
            if (applicantInAgency && !applicant.get().agencyCode().equals(agencyCode)) {
                errors.add(new FieldError(UNIT, "không thuộc cơ quan của người đăng ký"));
            }
        }

        MobilePhone phone = null;
        try {
            phone = MobilePhone.parse(text(input, MOBILE_PHONE));
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(MOBILE_PHONE, e.getMessage()));
        }

        OfficialEmail email = null;
        try {
            email = OfficialEmail.of(text(input, OFFICIAL_EMAIL), organization.province().emailDomain());
        } catch (IllegalArgumentException e) {
            errors.add(new FieldError(OFFICIAL_EMAIL, e.getMessage()));
        }

        String tthc = text(input, TTHC_USERNAME);
        if (tthc != null && !tthc.matches("[A-Za-z0-9._@\\-]{3,64}")) {
            errors.add(new FieldError(TTHC_USERNAME, "chỉ gồm chữ không dấu, số và . _ @ -, dài 3–64 ký tự"));
        }

        Set<AccessScope> scopes = EnumSet.noneOf(AccessScope.class);
        String scopeText = text(input, ACCESS_SCOPE);
        if (scopeText != null) {
            for (String s : scopeText.replaceAll("[\\[\\]\" ]", "").split(",")) {
                try {
                    if (!s.isEmpty()) {
                        scopes.add(AccessScope.valueOf(s.toUpperCase()));
                    }
                } catch (IllegalArgumentException e) {
                    errors.add(new FieldError(ACCESS_SCOPE, "giá trị '" + s + "' không hợp lệ (TRA_CUU, XAC_THUC)"));
                }
            }
        }
        if (scopes.isEmpty() && errors.stream().noneMatch(e -> e.field() == ACCESS_SCOPE)) {
            errors.add(new FieldError(ACCESS_SCOPE, "phải chọn ít nhất một: tra cứu, xác thực"));
        }

        if (!Boolean.TRUE.equals(bool(input.get(COMMITMENTS.key())))) {
            errors.add(new FieldError(COMMITMENTS, "người đăng ký phải đánh dấu đồng ý các cam kết"));
        }

        String note = text(input, NOTE);
        if (note != null && note.length() > 1000) {
            errors.add(new FieldError(NOTE, "dài quá 1000 ký tự"));
        }

        if (!errors.isEmpty()) {
            throw new InvalidRegistrationException(errors);
        }
        return new RegistrationForm(fullName, dob, gender, citizenId, position, unitCode, agencyCode, duties, phone,
                email, tthc, scopes, purpose, note);
    }

    private static String required(Map<String, Object> input, Form1658Field field, int max, List<FieldError> errors) {
        String value = text(input, field);
        if (value == null) {
            errors.add(new FieldError(field, "bắt buộc nhập"));
        } else if (value.length() > max) {
            errors.add(new FieldError(field, "dài quá " + max + " ký tự"));
        }
        return value;
    }

    /** NFC-normalized, trimmed, inner runs of white space folded; blank is absent. */
    static String text(Map<String, Object> input, Form1658Field field) {
        Object raw = input.get(field.key());
        if (raw == null) {
            return null;
        }
        String s = Normalizer.normalize(raw.toString(), Normalizer.Form.NFC).strip().replaceAll("[ \\t]+", " ");
        return s.isEmpty() ? null : s;
    }

    private static Boolean bool(Object raw) {
        if (raw instanceof Boolean b) {
            return b;
        }
        return raw != null && "true".equalsIgnoreCase(raw.toString().strip());
    }
}
