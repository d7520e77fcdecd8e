package vn.dldcaccess.registration;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountRegister;
import vn.dldcaccess.account.AccountSystem;
import vn.dldcaccess.document.DocumentTexts;
import vn.dldcaccess.notification.Notifier;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.shared.Messages;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import static vn.dldcaccess.registration.Form1658Field.*;

/** A request as filed and corrected by the applicant herself: validated, numbered, recorded, acknowledged. */
@Component
@Transactional
class RegistrationIntake {
    private static final Logger log = LoggerFactory.getLogger(RegistrationIntake.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final RegistrationRepository registrations;
    private final RegistrationFormValidator validator;
    private final RequestNumbers numbers;
    private final OrganizationDirectory organization;
    private final Notifier notifier;
    private final AccountRegister accounts;
    private final RegistrationTracking tracking;
    private final RegistrationMessages messages;
    private final RegistrationFormFields fields;
    private final Clock clock;

    RegistrationIntake(RegistrationRepository registrations, RegistrationFormValidator validator,
                       RequestNumbers numbers, OrganizationDirectory organization, Notifier notifier,
                       AccountRegister accounts, RegistrationTracking tracking, RegistrationMessages messages,
                       RegistrationFormFields fields, Clock clock) {
        this.registrations = registrations;
        this.validator = validator;
        this.numbers = numbers;
        this.organization = organization;
        this.notifier = notifier;
        this.accounts = accounts;
        this.tracking = tracking;
        this.messages = messages;
        this.fields = fields;
        this.clock = clock;
    }

    /** A new request filed by the person logged in, for herself. */
    RegistrationRecorded register(Map<String, Object> input, Actor applicant) {
        RegistrationForm form = validator.validate(input, applicant.person());
        if (registrations.existsByOpenCitizenId(form.citizenId().value())) {
            throw duplicateOpenRequest();
        }
        if (accounts.holdsOpenAccount(form.citizenId().value(), AccountSystem.DLDC_TTHC)) {
            log.info("Registration refused: the citizen already holds a DLDC account");
            throw new InvalidRegistrationException(List.of(new FieldError(CITIZEN_ID,
                    Messages.text("registration.citizenId.holdsAccount"))));
        }
        AgencyInfo agency = organization.agency(form.agencyCode()).orElseThrow();
        int year = LocalDate.now(clock.withZone(VN)).getYear();
        String number = numbers.next(agency.code(), agency.symbol(), year);
        Registration registration;
        try {
            registration = registrations.saveAndFlush(new Registration(number, form, applicant, clock.instant()));
        } catch (org.springframework.dao.DataIntegrityViolationException concurrentSameCitizen) {
            // two starts for one citizen at once: the unique index on open_citizen_id lets one through
            throw duplicateOpenRequest();
        }
        log.info("Registration {} recorded for unit {}", number, form.unitCode());
        tracking.stepped(registration, 0);
        // she learns her number at once, with where to follow it (the Tasklist shows it too: tasklist/scripts)
        DocumentTexts.Message received = messages.received(registration, notifier.link("/request.html?number="
                + java.net.URLEncoder.encode(number, java.nio.charset.StandardCharsets.UTF_8)),
                notifier.link("/my-requests.html"));
        notifier.notify(organization.person(applicant.username()).stream().toList(), received.subject(),
                received.body(), number);
        return recorded(registration);
    }

    private static InvalidRegistrationException duplicateOpenRequest() {
        log.info("Registration refused: an open request exists for the same citizen id");
        return new InvalidRegistrationException(List.of(new FieldError(CITIZEN_ID,
                Messages.text("registration.citizenId.openRequest"))));
    }

    RegistrationRecorded correct(String requestNumber, Map<String, Object> input, Actor actor) {
        Registration registration = registrations.require(requestNumber);
        RegistrationForm form = validator.validate(input, organization.person(registration.applicantUsername())
                .orElse(null));
        tracking.tracked(registration, () -> registration.correct(form, actor, clock.instant()));
        registrations.flush();
        return recorded(registration);
    }

    private RegistrationRecorded recorded(Registration r) {
        Map<String, Object> normalized = new LinkedHashMap<>();
        normalized.put(FULL_NAME.key(), r.fullName());
        normalized.put(DATE_OF_BIRTH.key(), r.answers().dateOfBirth().toString());
        normalized.put(GENDER.key(), r.answers().gender().name());
        normalized.put(CITIZEN_ID.key(), r.citizenId());
        normalized.put(POSITION.key(), r.answers().position());
        normalized.put(UNIT.key(), r.unitCode());
        normalized.put(DUTIES.key(), r.answers().duties());
        normalized.put(MOBILE_PHONE.key(), r.answers().mobilePhone());
        normalized.put(OFFICIAL_EMAIL.key(), r.answers().officialEmail());
        normalized.put(TTHC_USERNAME.key(), r.answers().tthcUsername());
        normalized.put(ACCESS_SCOPE.key(), r.answers().accessScope());
        normalized.put(PURPOSE.key(), r.answers().purpose());
        normalized.put(NOTE.key(), r.answers().note());
        // plain text: the unit head's form shows it in a read-only field, exactly as typed
        String summary = fields.of(r).stream().map(f -> f.label() + ": " + f.value())
                .collect(Collectors.joining("\n")) + commitmentsText();
        return new RegistrationRecorded(r.requestNumber(), normalized, Messages.text("registration.summary.number", r.requestNumber()) + "\n" + summary);
    }

    /**
     * Issue 21: the unit head confirms what the applicant committed to, so her form shows the six commitments
     * (a request is recorded only with every one ticked), worded and numbered as the form and its PDF.
     */
    private String commitmentsText() {
        List<String> items = messages.form().items("cam-ket");
        StringBuilder out = new StringBuilder("\n" + Messages.text("registration.summary.commitments", Form1658Field.COMMITMENTS_NUMBER,
                items.size()));
        for (int i = 0; i < items.size(); i++) {
            out.append("\n").append(Form1658Field.COMMITMENTS_NUMBER).append('.').append(i + 1).append(". ")
                    .append(items.get(i));
        }
        return out.toString();
    }
}
