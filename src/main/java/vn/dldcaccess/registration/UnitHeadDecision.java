package vn.dldcaccess.registration;

/** What the unit head decided on Task_ConfirmByUnitHead. */
enum UnitHeadDecision {
    CONFIRM, RETURN, REJECT
}
