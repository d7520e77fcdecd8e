package vn.dldcaccess.leavers;

/** What a difference between the source and the organization tables is. */
enum SourceChangeKind {
    /** Gone from the source, or marked as left (disabled in the directory): every account closes. */
    LEAVER,
    /** Now in another agency: every account closes. */
    MOVER_AGENCY,
    /** Now in another unit of the same agency: the new unit head says which accounts stay. */
    MOVER_UNIT,
    /** New in the source: nothing is opened (they file form 1658), they appear in the pickers. */
    JOINER,
    /** A version of the source that would remove too many people at once: waits for an administrator. */
    HELD
}
