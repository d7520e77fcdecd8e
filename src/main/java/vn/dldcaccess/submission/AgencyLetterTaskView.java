package vn.dldcaccess.submission;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.Groups;
import vn.dldcaccess.shared.Wording;

import java.util.List;

/** What the letter's process reads of it: who prepares and signs it, its requests, the letter for the aggregator. */
@Service
@Transactional(readOnly = true)
class AgencyLetterTaskView {
    private final AgencyLetterRecords records;

    AgencyLetterTaskView(AgencyLetterRecords records) {
        this.records = records;
    }

    /** The signed letter as handed to the aggregator. */
    vn.dldcaccess.aggregation.IncomingLetter forAggregator(String businessKey) {
        AgencyLetter l = records.get(businessKey);
        if (l.status() != LetterStatus.SIGNED) {
            throw new SubmissionException("Letter " + businessKey + " not signed", Wording.of("submission.letter.notSigned"));
        }
        return new vn.dldcaccess.aggregation.IncomingLetter(l.id(), l.agencyCode(), l.letterNumber(), l.letterDate(),
                l.documentId(), l.registrationIds());
    }

    List<Long> registrationsOf(String businessKey) {
        return records.get(businessKey).registrationIds();
    }

    /** Who prepares the letter: its agency's office (the task's candidate group). */
    String officeGroup(String businessKey) {
        return Groups.agencyOffice(records.get(businessKey).agencyCode());
    }

    /**
     * Who signs it: its agency's directors (their group); when it lists a director's own request, the agency's
     * other directors by name (issue 23).
     */
    Deciders signers(String businessKey) {
        return records.signers(records.get(businessKey));
    }

    /** The agency's directors' group (the model before issue 23 names it). */
    String directorGroup(String businessKey) {
        return Groups.directors(records.get(businessKey).agencyCode());
    }

    long letterId(String businessKey) {
        return records.get(businessKey).id();
    }
}
