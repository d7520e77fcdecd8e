package vn.dldcaccess.registration;

import java.util.Optional;

/**
 * A registration by its request number, through Hibernate's natural-id lookup: the routing expressions, the task
 * title, the guard and the step itself each ask for it within one transaction, and only the first asks the database
 * (issue 24: the chain read the same row about six times per step).
 */
interface RegistrationByNumber {
    Optional<Registration> findByRequestNumber(String requestNumber);
}
