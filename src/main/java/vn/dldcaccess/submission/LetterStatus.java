package vn.dldcaccess.submission;

import vn.dldcaccess.shared.Messages;



enum LetterStatus {
    /** Opened, the office chooses requests and enters number and date. */
    DRAFT,
    /** Number, date and list fixed, PDF made, waiting for the director. */
    PREPARED,
    /** Signed by the director; its requests are told. */
    SIGNED;

    String label() {
        return Messages.text("submission.letterStatus." + name());
    }
}
