package vn.dldcaccess.authorization;

import vn.dldcaccess.shared.Messages;



enum AuthorizationReason {
    CONG_TAC,
    NGHI_PHEP,
    DAO_TAO,
    KHAC;

    String label() {
        return Messages.text("authorization.reason." + name());
    }
}
