package vn.dldcaccess.aggregation;

import vn.dldcaccess.shared.Messages;



/** PC06's answer on one person. */
enum Decision {
    PENDING,
    APPROVED,
    REJECTED;

    String label() {
        return Messages.text("aggregation.decision." + name());
    }
}
