package vn.dldcaccess.shared;

/** The kinds of request the agency office tracks (letter 2932: registration, authorization, review, closing). */
public enum RequestKind {
    REGISTRATION, AUTHORIZATION, REVIEW, REVOCATION;

    /** Its name for people (message bundle, "shared.requestKind.<NAME>"). */
    public String label() {
        return Messages.text("shared.requestKind." + name());
    }
}
