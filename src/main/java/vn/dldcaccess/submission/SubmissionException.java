package vn.dldcaccess.submission;

import vn.dldcaccess.shared.RefusedException;

/** A step refused for a reason a person can act on; the message is Vietnamese. */
class SubmissionException extends RefusedException {
    SubmissionException(String englishLogMessage, String vietnameseMessage) {
        super(englishLogMessage, vietnameseMessage);
    }
}
