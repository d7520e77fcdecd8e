package vn.dldcaccess.submission;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.DocumentRef;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.AgencyKind;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.registration.RegistrationService;
import vn.dldcaccess.registration.RegistrationSummary;
import vn.dldcaccess.shared.FormValues;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.OfficialNumber;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** The agency office's part: opens a letter for the confirmed requests, then prepares it for the director. */
@Service
@Transactional
class AgencyLetterDrafting {
    private static final Logger log = LoggerFactory.getLogger(AgencyLetterDrafting.class);
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");
    private static final EnumSet<LetterStatus> UNSIGNED = EnumSet.of(LetterStatus.DRAFT, LetterStatus.PREPARED);

    private final AgencyLetterRepository letters;
    private final RegistrationService registrations;
    private final OrganizationDirectory organization;
    private final SubmissionMessages messages;
    private final AgencyLetterRecords records;
    private final AgencyLetterPdf letterPdf;
    private final Clock clock;

    AgencyLetterDrafting(AgencyLetterRepository letters, RegistrationService registrations,
                         OrganizationDirectory organization, SubmissionMessages messages, AgencyLetterRecords records,
                         AgencyLetterPdf letterPdf, Clock clock) {
        this.letters = letters;
        this.registrations = registrations;
        this.organization = organization;
        this.messages = messages;
        this.records = records;
        this.letterPdf = letterPdf;
        this.clock = clock;
    }

    record Opened(String businessKey, List<Map<String, String>> candidates, String candidatesWithForms) {
    }

    /** @param signingUrl where the director uploads the letter signed with their own token, or null (no upload) */
    record Prepared(DocumentRef document, String summary, String signingUrl) {
    }

    /**
     * Opens a letter: for the agency of the office clerk logged in, or, for the schedule (the system), for the
     * agency it names. A person's letter is always for their own agency, whatever a variable says.
     */
    Opened open(String scheduledAgency, Actor opener) {
        String agency = opener.isSystem() ? scheduledAgency : opener.agencyCode();
        if (agency == null || (!opener.isSystem() && !opener.has(Role.AGENCY_OFFICE))) {
            throw new SubmissionException(opener.username() + " is no agency office",
                    Wording.of("submission.drafting.officeOnly"));
        }
        AgencyInfo info = organization.agency(agency).filter(a -> a.kind() == AgencyKind.AGENCY)
                .orElseThrow(() -> new SubmissionException("Unknown agency", Wording.of("submission.drafting.agencyUnknown")));
        if (letters.existsByAgencyCodeAndStatusIn(agency, UNSIGNED)) {
            throw new SubmissionException("Agency " + agency + " has an unsigned letter",
                    Wording.of("submission.drafting.openLetter"));
        }
        List<RegistrationSummary> waiting = registrations.awaitingAgencyLetter(agency);
        if (waiting.isEmpty()) {
            throw new SubmissionException("No confirmed requests for " + agency,
                    Wording.of("submission.drafting.nothingConfirmed"));
        }
        AgencyLetter letter = letters.save(new AgencyLetter(info.code(), opener, clock.instant()));
        log.info("Agency letter {} opened for {} with {} waiting requests", letter.id(), agency, waiting.size());
        return new Opened(letter.businessKey(), options(waiting), messages.confirmedForms(waiting));
    }

    /** Agencies with confirmed requests and no unsigned letter: the schedule opens one letter for each. */
    @Transactional(readOnly = true)
    List<String> agenciesDueForLetter() {
        return organization.agencies(AgencyKind.AGENCY).stream().map(AgencyInfo::code)
                .filter(a -> !letters.existsByAgencyCodeAndStatusIn(a, UNSIGNED))
                .filter(a -> !registrations.awaitingAgencyLetter(a).isEmpty())
                .toList();
    }

    /** Current candidates (refreshed when the director returns the letter). */
    @Transactional(readOnly = true)
    List<Map<String, String>> candidates(String businessKey) {
        return options(registrations.awaitingAgencyLetter(records.get(businessKey).agencyCode()));
    }

    /** The same candidates as a list of links to each confirmed form 1658 (PDF), for the office to check. */
    @Transactional(readOnly = true)
    String candidatesWithForms(String businessKey) {
        return messages.confirmedForms(registrations.awaitingAgencyLetter(records.get(businessKey).agencyCode()));
    }

    Prepared prepare(String businessKey, List<String> included, String numberText, String dateText, Actor actor,
                     String processInstanceId) {
        AgencyLetter letter = records.get(businessKey);
        long letterId = letter.id();
        AgencyInfo agency = organization.agency(letter.agencyCode()).orElseThrow();
        List<String> problems = new ArrayList<>();
        String number = OfficialNumber.normalize(numberText, agency.officeSymbol());
        if (number == null) {
            problems.add(Messages.text("submission.drafting.numberRequired", agency.officeSymbol()));
        } else if (letters.existsByAgencyCodeAndLetterNumberAndIdNot(agency.code(), number, letter.id())) {
            problems.add(Messages.text("submission.drafting.numberTaken", number));
        }
        LocalDate date = null;
        boolean wrongDate = false;
        try {
            date = FormValues.date(dateText);
        } catch (DateTimeParseException e) {
            wrongDate = true;
        }
        LocalDate today = LocalDate.now(clock.withZone(VN));
        if (date == null) {
            problems.add(Messages.text(wrongDate ? "submission.drafting.dateInvalid" : "submission.drafting.dateRequired"));
        } else if (date.isAfter(today)) {
            problems.add(Messages.text("submission.drafting.dateInFuture"));
        }
        Map<String, RegistrationSummary> waiting = registrations.awaitingAgencyLetter(agency.code()).stream()
                .collect(Collectors.toMap(RegistrationSummary::requestNumber, r -> r, (a, b) -> a, LinkedHashMap::new));
        List<RegistrationSummary> chosen = new ArrayList<>();
        for (String n : included) {
            RegistrationSummary r = waiting.get(n);
            if (r == null) {
                problems.add(Messages.text("submission.drafting.notWaiting", n));
            } else if (!chosen.contains(r)) {
                chosen.add(r);
            }
        }
        if (included.isEmpty()) {
            problems.add(Messages.text("submission.drafting.noneChosen"));
        }
        problems.addAll(nobodyToSign(agency, chosen));
        if (!problems.isEmpty()) {
            throw new SubmissionException("Agency letter " + letterId + " not prepared: " + problems.size() + " problems",
                    Wording.of("submission.drafting.refused", String.join("; ", problems)));
        }
        letter.prepare(number, date, chosen.stream().map(RegistrationSummary::id).toList(), actor);
        DocumentRef ref = letterPdf.render(letter, agency, chosen, false, processInstanceId);
        return new Prepared(ref, messages.letterToSign(letter, agency.name(), chosen), records.signsOwnCertificate(agency.code())
                ? "/sign.html?letter=" + businessKey : null);
    }

    /**
     * A letter listing a director's own request needs another director (a deputy with the director's role in the
     * organization file) to sign it; with nobody else it is refused here, naming the request, which waits for a
     * later letter.
     */
    private List<String> nobodyToSign(AgencyInfo agency, List<RegistrationSummary> chosen) {
        Deciders d = organization.roleBut(Role.DIRECTOR, agency.code(), chosen.stream()
                .map(RegistrationSummary::applicantUsername).toList());
        if (!d.nobodyElse()) {
            return List.of();
        }
        return chosen.stream().filter(r -> organization.person(r.applicantUsername()).map(p -> p.has(Role.DIRECTOR)
                        && agency.code().equals(p.agencyCode())).orElse(false))
                .map(r -> Messages.text("submission.drafting.nobodyElseSigns", r.requestNumber(), r.fullName()))
                .toList();
    }

    private static List<Map<String, String>> options(List<RegistrationSummary> waiting) {
        return waiting.stream().map(r -> Map.of("value", r.requestNumber(),
                "label", r.requestNumber() + " - " + r.fullName() + " - " + r.unitName())).toList();
    }
}
