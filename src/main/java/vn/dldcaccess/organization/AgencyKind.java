package vn.dldcaccess.organization;

public enum AgencyKind {
    /** A requesting agency (Sở, ban, ngành, UBND cấp xã). */
    AGENCY,
    /** The provincial aggregator (Sở TT&TT, or whichever department holds the duty now). */
    AGGREGATOR,
    /** The provincial police division that decides on accounts. */
    PC06
}
