package vn.dldcaccess.submission;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyMerged;

import java.util.List;

/**
 * An agency merged into another (issue 22 part 2): its letters not yet signed go to that agency's office and
 * directors (the signed copy is made with that agency's name); signed letters stay the letters they were.
 */
@Component
class AgencyLetterMerger {
    private final AgencyLetterRepository letters;

    AgencyLetterMerger(AgencyLetterRepository letters) {
        this.letters = letters;
    }

    @EventListener
    void on(AgencyMerged merged) {
        letters.findByAgencyCodeAndStatusIn(merged.from(), List.of(LetterStatus.DRAFT, LetterStatus.PREPARED))
                .forEach(l -> l.moveToAgency(merged.into()));
    }
}
