package vn.dldcaccess.submission;

import vn.dldcaccess.shared.RefusedException;
import vn.dldcaccess.shared.Wording;

/** A step refused for a reason a person can act on; the message is Vietnamese. */
class SubmissionException extends RefusedException {
    SubmissionException(String englishLogMessage, Wording wording) {
        super(englishLogMessage, wording);
    }
}
