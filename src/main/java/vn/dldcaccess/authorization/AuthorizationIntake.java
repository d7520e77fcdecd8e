package vn.dldcaccess.authorization;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;
import java.util.Map;

/** The holder files a letter for her own account, or corrects it after a return; the delegate is asked. */
@Service
@Transactional
class AuthorizationIntake {
    private static final Logger log = LoggerFactory.getLogger(AuthorizationIntake.class);

    private final AuthorizationRepository authorizations;
    private final OrganizationDirectory organization;
    private final AuthorizationInput input;
    private final AuthorizationRecords records;
    private final AuthorizationRegister register;
    private final AuthorizationNotices notices;
    private final AuthorizationTaskView view;
    private final Clock clock;

    AuthorizationIntake(AuthorizationRepository authorizations, OrganizationDirectory organization,
                        AuthorizationInput input, AuthorizationRecords records, AuthorizationRegister register,
                        AuthorizationNotices notices, AuthorizationTaskView view, Clock clock) {
        this.authorizations = authorizations;
        this.organization = organization;
        this.input = input;
        this.records = records;
        this.register = register;
        this.notices = notices;
        this.view = view;
        this.clock = clock;
    }

    record Recorded(String businessKey, String summary) {
    }

    /** A letter the person logged in files for her own account. */
    Recorded request(Map<String, Object> form, Actor holder) {
        if (holder.person() == null) {
            throw new AuthorizationException(holder.username() + " is not in the organization file",
                    Wording.of("authorization.holder.notListed"));
        }
        AuthorizationTerms terms = input.validate(form, holder.person(), null);
        Authorization a = authorizations.saveAndFlush(new Authorization(terms, holder, clock.instant()));
        log.info("Authorization {} requested on account {}", a.id(), terms.accountId());
        register.track(a, holder.username(), Messages.text("authorization.tracking.requested", records.name(a.delegateUsername()),
                PdfDocuments.dmy(a.validFrom()), PdfDocuments.dmy(a.validTo())));
        notices.askDelegate(a);
        return recorded(a);
    }

    Recorded correct(String key, Map<String, Object> form, Actor holder) {
        Authorization a = records.get(key);
        PersonInfo person = organization.person(a.holderUsername()).orElseThrow();
        a.correct(input.validate(form, person, a.id()), holder);
        register.track(a, holder.username(), Messages.text("authorization.tracking.corrected", records.name(a.delegateUsername()),
                PdfDocuments.dmy(a.validFrom()), PdfDocuments.dmy(a.validTo())));
        notices.askDelegate(a);
        return recorded(a);
    }

    private Recorded recorded(Authorization a) {
        return new Recorded(AuthorizationLetterProcess.businessKey(a.id()), view.summaryOf(a));
    }
}
