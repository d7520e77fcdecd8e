package vn.dldcaccess.shared;

import java.util.Optional;

/**
 * Which account the steps of a process act on, found from the process's business key by the feature that owns
 * that key (a giấy ủy quyền "UQ-…" names its account through its own row). The password steps, shared by more
 * than one process, ask every feature that implements this.
 */
public interface AccountOfRequest {

    /** The account id, or empty when the business key is not one of this feature's requests. */
    Optional<Long> accountOf(String businessKey);
}
