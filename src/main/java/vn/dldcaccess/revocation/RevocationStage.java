package vn.dldcaccess.revocation;

import vn.dldcaccess.shared.Messages;



/** Where a closing stands, as the office's register shows it. */
public enum RevocationStage {
    OPEN,
    DONE;

    public String label() {
        return Messages.text("revocation.stage." + name());
    }
}
