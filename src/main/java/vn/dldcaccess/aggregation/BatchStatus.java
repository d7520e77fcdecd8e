package vn.dldcaccess.aggregation;

import vn.dldcaccess.shared.Messages;



enum BatchStatus {
    COMPOSING,
    COMPOSED,
    SIGNED,
    SENT,
    CLOSED;

    String label() {
        return Messages.text("aggregation.batchStatus." + name());
    }
}
