package vn.dldcaccess.authorization;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.account.AccountView;
import vn.dldcaccess.document.PdfDocuments;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.shared.Messages;

import java.time.LocalDate;
import java.time.ZoneId;

/** What the letter's tasks show and whom they go to: its summary, its dates, its delegate, holder and approvers. */
@Service
@Transactional(readOnly = true)
class AuthorizationTaskView {
    private static final ZoneId VN = ZoneId.of("Asia/Ho_Chi_Minh");

    private final AuthorizationMessages messages;
    private final AuthorizationRecords records;

    AuthorizationTaskView(AuthorizationMessages messages, AuthorizationRecords records) {
        this.messages = messages;
        this.records = records;
    }

    /** What the unit head's form shows of the letter now (after the delegate's answer). */
    String summary(String key) {
        return summaryOf(records.get(key));
    }

    LocalDate validFrom(String key) {
        return records.get(key).validFrom();
    }

    LocalDate validTo(String key) {
        return records.get(key).validTo();
    }

    /**
     * Who approves: the heads of the holder's unit (their group); when the holder or the delegate is one of them, the
     * unit's other heads by name, or the agency office when none is left (issue 23).
     */
    Deciders approvers(String key) {
        return records.approvers(records.get(key));
    }

    /** The holder's unit heads' group (the model before issue 23 names it). */
    String unitHeadGroup(String key) {
        return vn.dldcaccess.organization.Groups.unitHeads(records.get(key).unitCode());
    }

    /** Task_AcceptByDelegate: the person the letter names as delegate, and only she. */
    String delegateOf(String key) {
        return records.get(key).delegateUsername();
    }

    /** Whose letter it is: her correction, her early end and her password change go to her alone. */
    String holderOf(String key) {
        return records.get(key).holderUsername();
    }

    String activeSummary(String key) {
        Authorization a = records.get(key);
        return messages.activeTask(a.reference(), records.name(a.delegateUsername()), records.account(a).username(),
                PdfDocuments.dmy(a.validFrom()), PdfDocuments.dmy(a.validTo()));
    }

    /** Plain text: the unit head's form shows it read-only, exactly as typed. */
    String summaryOf(Authorization a) {
        AccountView acc = records.account(a);
        // issue 21: the unit head approves what the delegate took on, and sees that she did
        String answer = a.status() == AuthorizationStatus.AWAITING_DELEGATE || a.delegateAnsweredAt() == null
                ? Messages.text("authorization.summary.delegateNotAnswered")
                : Messages.text("authorization.summary.delegateAgreed",
                        PdfDocuments.dmy(a.delegateAnsweredAt().atZone(VN).toLocalDate()));
        String reason = a.reason().label() + (a.reasonDetail() == null ? "" : ": " + a.reasonDetail());
        return Messages.text("authorization.summary.text", a.reference(), records.name(a.holderUsername()),
                records.name(a.delegateUsername()), acc.username(), acc.system().label(),
                PdfDocuments.dmy(a.validFrom()), PdfDocuments.dmy(a.validTo()), reason, a.scope(), a.holderDuties(),
                a.delegateDuties(), answer);
    }
}
