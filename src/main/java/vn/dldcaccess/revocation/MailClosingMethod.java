package vn.dldcaccess.revocation;

/** How the province's mail directory marks a mailbox disabled (issue 22); the province chooses one. */
enum MailClosingMethod {
    /** 389 Directory Server / OpenLDAP with the nsAccountLock attribute: {@code nsAccountLock: true}. */
    NS_ACCOUNT_LOCK,
    /** Active Directory: bit 2 (ACCOUNTDISABLE) of {@code userAccountControl} set, the other bits kept. */
    USER_ACCOUNT_CONTROL,
    /** The entry is moved under a "disabled" OU ({@code dldc.mail-closing.disabled-ou}), its RDN kept. */
    MOVE_TO_OU
}
