package vn.dldcaccess.registration;

import vn.dldcaccess.shared.Messages;



public enum AccessScope {
    TRA_CUU, XAC_THUC;

    /** Its name for people (message bundle, "registration.accessScope.<NAME>"). */
    public String label() {
        return Messages.text("registration.accessScope." + name());
    }
}
