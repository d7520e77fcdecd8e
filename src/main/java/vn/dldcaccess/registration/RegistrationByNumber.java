package vn.dldcaccess.registration;

import java.util.Optional;

/**
 * A registration by its request number, through Hibernate's natural-id lookup: the routing expressions, the task
 * title, the guard and the step itself each ask for it within one transaction, and only the first asks the database
 * (issue 24: the chain read the same row about six times per step).
 */
interface RegistrationByNumber {
    Optional<Registration> findByRequestNumber(String requestNumber);

    /**
     * These registrations by id, in id order (unknown ids left out): those the transaction has already read come from
     * it, only the others from the database (a letter's five were read again by its task's title, its signers, its
     * PDF and its step, each time by an IN query).
     */
    java.util.List<Registration> findAllInIdOrder(java.util.Collection<Long> ids);
}
