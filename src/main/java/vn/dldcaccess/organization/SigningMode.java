package vn.dldcaccess.organization;

/** How an agency's documents of one kind are signed digitally (the organization file chooses, per kind). */
public enum SigningMode {
    /** No digital signature: the signing step of the application is the record. */
    NONE,
    /** On completion of the signing step the application signs with the agency's own certificate (its seal). */
    SEAL,
    /** The signer signs the draft with their own tool and token and uploads it in the signing task. */
    UPLOAD
}
