package vn.dldcaccess.organization;

/** What a person does in the chain of letter 2932; each role maps to engine groups (see {@link Groups}). */
public enum Role {
    APPLICANT, UNIT_HEAD, AGENCY_OFFICE, DIRECTOR, AGGREGATOR, AGGREGATOR_LEADER, PC06, TTHC_ADMIN, ADMIN
}
