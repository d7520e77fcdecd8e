package vn.dldcaccess.authorization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;
import vn.dldcaccess.shared.Wording;

import java.time.Clock;

/** The delegate's answer and the unit head's decision on a letter. */
@Service
@Transactional
class AuthorizationDecisions {
    /** The length the unit head's form shows for the comment. */
    static final int MAX_COMMENT = 1000;

    private final AuthorizationMessages messages;
    private final AuthorizationRecords records;
    private final AuthorizationRegister register;
    private final AuthorizationNotices notices;
    private final Clock clock;

    AuthorizationDecisions(AuthorizationMessages messages, AuthorizationRecords records,
                           AuthorizationRegister register, AuthorizationNotices notices, Clock clock) {
        this.messages = messages;
        this.records = records;
        this.register = register;
        this.notices = notices;
        this.clock = clock;
    }

    enum Decision { APPROVE, RETURN, REJECT }

    enum DelegateAnswer { ACCEPT, DECLINE }

    /** The delegate's own answer: she takes on the letter's duties, or declines and the letter ends. */
    DelegateAnswer answerAsDelegate(String key, String answerText, String comment, Actor delegate) {
        Authorization a = records.get(key);
        DelegateAnswer answer;
        try {
            answer = DelegateAnswer.valueOf(answerText == null ? "" : answerText.strip());
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Unknown delegate answer " + answerText,
                    Wording.of("authorization.delegate.answerRequired"));
        }
        String text;
        try {
            text = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Delegate comment refused", Wording.of("authorization.delegate.reasonInvalid", e.getMessage()));
        }
        if (answer == DelegateAnswer.DECLINE && text == null) {
            throw new AuthorizationException("Decline without reason", Wording.of("authorization.delegate.reasonRequired"));
        }
        if (answer == DelegateAnswer.ACCEPT) {
            a.acceptAsDelegate(delegate, clock.instant());
            register.track(a, delegate.username(), Messages.text("authorization.tracking.accepted"));
        } else {
            a.declineAsDelegate(delegate, text, clock.instant());
            register.track(a, delegate.username(), Messages.text("authorization.tracking.declined", text));
            notices.send(a, a.holderUsername(), messages.declined(records.account(a).username(), records.name(a.delegateUsername()), text));
        }
        return answer;
    }

    Decision decide(String key, String decisionText, String comment, Actor unitHead) {
        Authorization a = records.get(key);
        Decision d;
        try {
            d = Decision.valueOf(decisionText == null ? "" : decisionText.strip());
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Unknown decision " + decisionText,
                    Wording.of("authorization.decision.required"));
        }
        String text;
        try {
            text = PlainText.paragraph(comment, MAX_COMMENT);
        } catch (IllegalArgumentException e) {
            throw new AuthorizationException("Comment refused", Wording.of("authorization.decision.commentInvalid", e.getMessage()));
        }
        if (d != Decision.APPROVE && text == null) {
            throw new AuthorizationException("Decision " + d + " without comment", Wording.of(d == Decision.RETURN
                    ? "authorization.decision.returnComment" : "authorization.decision.rejectReason"));
        }
        Deciders deciders = records.approvers(a);
        switch (d) {
            case APPROVE -> a.approve(unitHead, deciders, text, clock.instant());
            case RETURN -> a.returnToHolder(unitHead, deciders, text, clock.instant());
            case REJECT -> {
                a.reject(unitHead, deciders, text, clock.instant());
                notices.tell(a, messages.rejected(records.account(a).username(), records.name(a.delegateUsername()), text));
            }
        }
        register.track(a, unitHead.username(), text);
        return d;
    }
}
