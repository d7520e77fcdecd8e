package vn.dldcaccess.registration;

import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.UnitInfo;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PersonName;
import vn.dldcaccess.shared.PlainText;

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
import java.util.function.Function;

import static vn.dldcaccess.registration.Form1658Field.*;

/**
 * The rules of form 1658 (see shared/domain/form-1658.md), applied on the server whatever sent the form:
 * every wrong field is collected so a person can fix them all at once. Free text is plain text of the length
 * the form shows; names are Vietnamese letters; a date is exactly a date; the citizen id agrees with the
 * gender and the year of birth; the unit is the applicant's own.
 */
@Component
class RegistrationFormValidator {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    static final int MAX_NAME = 100;
    static final int MAX_POSITION = 100;
    static final int MAX_TEXT = 500;
    static final int MAX_NOTE = 1000;
    private final OrganizationDirectory organization;
    private final Clock clock;

    RegistrationFormValidator(OrganizationDirectory organization, Clock clock) {
        this.organization = organization;
        this.clock = clock;
    }

    /** The valid form of {@code applicant} (the person logged in, as the organization file knows her). */
    RegistrationForm validate(Map<String, Object> input, PersonInfo applicant) {
        List<FieldError> errors = new ArrayList<>();
        String fullName = field(errors, FULL_NAME, () -> ownName(PersonName.of(input.get(FULL_NAME.key()), MAX_NAME),
                applicant));
        LocalDate dob = field(errors, DATE_OF_BIRTH, () -> birthDate(input.get(DATE_OF_BIRTH.key())));
        Gender gender = field(errors, GENDER, () -> choice(input.get(GENDER.key()), Gender::valueOf,
                Messages.text("registration.gender.required")));
        CitizenId citizenId = field(errors, CITIZEN_ID, () -> new CitizenId(digits(input.get(CITIZEN_ID.key()))));
        if (citizenId != null && gender != null && dob != null) {
            String mismatch = citizenId.mismatchWith(gender, dob);
            if (mismatch != null) {
                errors.add(new FieldError(CITIZEN_ID, Messages.text("registration.citizenId.mismatch", mismatch)));
            }
        }
        String position = field(errors, POSITION, () -> title(input.get(POSITION.key())));
        String duties = field(errors, DUTIES, () -> required(PlainText.paragraph(input.get(DUTIES.key()), MAX_TEXT)));
        String purpose = field(errors, PURPOSE, () -> required(PlainText.paragraph(input.get(PURPOSE.key()), MAX_TEXT)));
        UnitInfo unit = field(errors, UNIT, () -> unit(input.get(UNIT.key()), applicant));
        MobilePhone phone = field(errors, MOBILE_PHONE, () -> MobilePhone.parse(PlainText.line(input.get(MOBILE_PHONE.key()), 20)));
        OfficialEmail email = field(errors, OFFICIAL_EMAIL, () -> OfficialEmail.of(
                PlainText.line(input.get(OFFICIAL_EMAIL.key()), 100), organization.province().emailDomain()));
        String tthc = field(errors, TTHC_USERNAME, () -> tthcUsername(input.get(TTHC_USERNAME.key())));
        Set<AccessScope> scopes = field(errors, ACCESS_SCOPE, () -> scopes(input.get(ACCESS_SCOPE.key())));
        for (Form1658Field commitment : Form1658Field.COMMITMENTS) {
            field(errors, commitment, () -> {
                Object raw = input.get(commitment.key());
                if (!(Boolean.TRUE.equals(raw) || "true".equals(raw))) {
                    throw new IllegalArgumentException(Messages.text("registration.commitment.required"));
                }
                return true;
            });
        }
        String note = field(errors, NOTE, () -> PlainText.paragraph(input.get(NOTE.key()), MAX_NOTE));
        if (!errors.isEmpty()) {
            throw new InvalidRegistrationException(errors);
        }
        return new RegistrationForm(fullName, dob, gender, citizenId, position, unit.code(), unit.agencyCode(), duties,
                phone, email, tthc, scopes, purpose, note);
    }

    private interface Rule<T> {
        T apply();
    }

    private static <T> T field(List<FieldError> errors, Form1658Field field, Rule<T> rule) {
        try {
            return rule.apply();
        } catch (IllegalArgumentException | DateTimeParseException e) {
            errors.add(new FieldError(field, e instanceof DateTimeParseException
                    ? Messages.text("registration.dateOfBirth.notADate", FormValues.notADate()) : e.getMessage()));
            return null;
        }
    }

    private LocalDate birthDate(Object raw) {
        LocalDate dob = FormValues.date(raw instanceof String || raw instanceof java.util.Date ? raw
                : raw == null ? null : fail(Messages.text("registration.dateOfBirth.notADay")));
        if (dob == null) {
            throw new IllegalArgumentException(Messages.text("shared.personName.required"));
        }
        LocalDate today = LocalDate.now(clock.withZone(VN));
        int age = Period.between(dob, today).getYears();
        if (!dob.isBefore(today)) {
            throw new IllegalArgumentException(Messages.text("registration.dateOfBirth.past"));
        }
        if (age < 18 || age > 70) {
            throw new IllegalArgumentException(Messages.text("registration.dateOfBirth.age", age));
        }
        return dob;
    }

    /**
     * The applicant's own name (issue 23: nobody files in another person's name): what she typed must be her name in
     * the organization file, both NFC with single spaces, letter case aside (a name typed in capitals is the same
     * name); the file's spelling is what is kept and printed.
     */
    static String ownName(String typed, PersonInfo applicant) {
        if (applicant == null) {
            // nobody the organization file knows: the unit's rule names what is wrong
            return typed;
        }
        String own = PlainText.line(applicant.fullName(), 200);
        if (own == null || !fold(own).equals(fold(typed))) {
            throw new IllegalArgumentException(Messages.text("registration.fullName.notOwn", own));
        }
        return own;
    }

    private static String fold(String name) {
        return name.toLowerCase(java.util.Locale.forLanguageTag("vi"));
    }

    /** The applicant's own unit: one of her agency's units, and hers when the organization file names it. */
    private UnitInfo unit(Object raw, PersonInfo applicant) {
        String code = required(PlainText.line(raw, 64));
        Optional<UnitInfo> unit = organization.unit(code);
        if (unit.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("registration.unit.unknown"));
        }
        if (applicant == null || !unit.get().agencyCode().equals(applicant.agencyCode())) {
            throw new IllegalArgumentException(Messages.text("registration.unit.otherAgency"));
        }
        if (applicant.unitCode() != null && !applicant.unitCode().equals(code)) {
            String own = organization.unit(applicant.unitCode()).map(UnitInfo::name).orElse(applicant.unitCode());
            throw new IllegalArgumentException(Messages.text("registration.unit.notOwn", own));
        }
        return unit.get();
    }

    /** A position: Vietnamese words, digits and the punctuation of titles ("Phó Trưởng phòng", "Chuyên viên (hạng III)"). */
    private static String title(Object raw) {
        String t = required(PlainText.line(raw, MAX_POSITION));
        if (!t.chars().allMatch(c -> PersonName.isVietnameseLetter((char) c) || (c >= '0' && c <= '9')
                || " .,-()/&'".indexOf(c) >= 0) || t.chars().noneMatch(c -> PersonName.isVietnameseLetter((char) c))) {
            throw new IllegalArgumentException(Messages.text("registration.title.characters"));
        }
        return t;
    }

    private static String digits(Object raw) {
        String t = PlainText.line(raw, 20);
        return t == null ? null : t.replace(" ", "");
    }

    private static String tthcUsername(Object raw) {
        String t = PlainText.line(raw, 64);
        if (t != null && !t.matches("[A-Za-z0-9._@\\-]{3,64}")) {
            throw new IllegalArgumentException(Messages.text("registration.tthcUsername.invalid"));
        }
        return t;
    }

    /** Tra cứu and/or xác thực: a checklist (Json or list) from the Tasklist, or "TRA_CUU,XAC_THUC" from a portal. */
    private static Set<AccessScope> scopes(Object raw) {
        if (raw != null && !(raw instanceof String) && !(raw instanceof java.util.Collection<?>)
                && !(raw instanceof org.camunda.spin.json.SpinJsonNode)) {
            throw new IllegalArgumentException(Messages.text("registration.accessScope.notAList"));
        }
        Set<AccessScope> scopes = EnumSet.noneOf(AccessScope.class);
        for (String s : FormValues.strings(raw)) {
            scopes.add(choice(s, AccessScope::valueOf, Messages.text("registration.accessScope.invalid", PlainText.line(s, 40))));
        }
        if (scopes.isEmpty()) {
            throw new IllegalArgumentException(Messages.text("registration.accessScope.required"));
        }
        return scopes;
    }

    private static <E> E choice(Object raw, Function<String, E> parse, String message) {
        String t = PlainText.line(raw, 40);
        if (t == null) {
            throw new IllegalArgumentException(message);
        }
        try {
            return parse.apply(t.toUpperCase(java.util.Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException(message);
        }
    }

    private static String required(String value) {
        if (value == null) {
            throw new IllegalArgumentException(Messages.text("shared.personName.required"));
        }
        return value;
    }

    private static <T> T fail(String message) {
        throw new IllegalArgumentException(message);
    }
}
