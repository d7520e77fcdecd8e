package vn.dldcaccess.registration;

import vn.dldcaccess.shared.Messages;



public enum Gender {
    NAM, NU;

    /** Its name for people (message bundle, "registration.gender.<NAME>"). */
    public String label() {
        return Messages.text("registration.gender." + name());
    }
}
