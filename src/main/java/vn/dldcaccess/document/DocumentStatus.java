package vn.dldcaccess.document;

import vn.dldcaccess.shared.Messages;



/**
 * What a stored document is worth, as the verification page tells it: only {@link #ISSUED} is a document of
 * record; a draft, a copy given for signing, an upload not (yet) issued and anything replaced are named so.
 */
enum DocumentStatus {
    /** rendered for reading before it is decided ("DỰ THẢO", or a letter before its number) */
    DRAFT,
    /** the copy a signer downloads to sign with their own token: the letter as it will be, but unsigned */
    FOR_SIGNATURE,
    /** a signer's signed upload, accepted by the checks but not yet issued (the signer has not chosen "Ký ban hành") */
    SIGNED_UPLOAD,
    /** the document of record */
    ISSUED,
    /** replaced: a later upload, a letter sent back after it was signed, a document issued again */
    SUPERSEDED;

    /** What it is, for the verification page (message bundle, "document.status.<NAME>"). */
    String label() {
        return Messages.text("document.status." + name());
    }
}
