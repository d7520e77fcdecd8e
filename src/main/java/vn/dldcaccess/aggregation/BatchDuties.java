package vn.dldcaccess.aggregation;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.shared.Messages;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

/**
 * Issue 23 in a batch: whom it is about (the applicant of each person, the holder of each revocation), who signs its
 * letter to PC06 (the aggregator's leaders, never one it is about), and what nobody could sign.
 */
@Component
class BatchDuties {
    private final ReceivedLetterRepository letters;
    private final RevocationRequestRepository revocations;
    private final OrganizationDirectory organization;

    BatchDuties(ReceivedLetterRepository letters, RevocationRequestRepository revocations,
                OrganizationDirectory organization) {
        this.letters = letters;
        this.revocations = revocations;
        this.organization = organization;
    }

    /** Everyone the batch is about. */
    @Transactional(readOnly = true)
    Set<String> people(long batchId) {
        return people(BatchContents.letters(letters, batchId),
                BatchContents.revocations(revocations, batchId));
    }

    /** Who signs (or returns) the batch letter: the leaders; for a batch about one of them, the others by name. */
    @Transactional(readOnly = true)
    Deciders signers(long batchId) {
        return organization.roleBut(Role.AGGREGATOR_LEADER, null, people(batchId));
    }

    /**
     * The revocations a batch may take with these letters: all, unless the leaders' own would leave no leader to
     * sign; those wait then (no person chooses revocations, so none is refused for them).
     */
    List<RevocationRequest> signable(List<ReceivedLetter> take, List<RevocationRequest> revs) {
        if (!nobodyToSign(take, revs)) {
            return revs;
        }
        return revs.stream().filter(r -> !isLeader(r.personUsername())).toList();
    }

    /** The letters holding a leader's own request, when no other leader is left to sign the batch. */
    List<ReceivedLetter> unsignable(List<ReceivedLetter> take, List<RevocationRequest> revs) {
        if (!nobodyToSign(take, revs)) {
            return List.of();
        }
        return take.stream().filter(l -> l.items().stream().anyMatch(i -> isLeader(i.applicantUsername()))).toList();
    }

    /** Why a letter cannot go in this batch, naming the leader's request. */
    String whyUnsignable(ReceivedLetter l) {
        String who = l.items().stream().filter(i -> isLeader(i.applicantUsername()))
                .map(i -> i.requestNumber() + " (" + i.fullName() + ")").collect(Collectors.joining(", "));
        return Messages.text("aggregation.batch.unsignable", l.letterNumber(), who);
    }

    private boolean nobodyToSign(List<ReceivedLetter> take, List<RevocationRequest> revs) {
        return organization.roleBut(Role.AGGREGATOR_LEADER, null, people(take, revs)).nobodyElse();
    }

    private boolean isLeader(String username) {
        return organization.person(username).map(p -> p.has(Role.AGGREGATOR_LEADER)).orElse(false);
    }

    private static Set<String> people(Collection<ReceivedLetter> take, Collection<RevocationRequest> revs) {
        List<String> out = new ArrayList<>();
        take.forEach(l -> l.items().forEach(i -> out.add(i.applicantUsername())));
        revs.forEach(r -> out.add(r.personUsername()));
        return out.stream().filter(Objects::nonNull).collect(Collectors.toUnmodifiableSet());
    }

    /** The person who signs the draft, as it names them: the first leader who may. */
    java.util.Optional<PersonInfo> draftSigner(long batchId) {
        Deciders d = signers(batchId);
        return Stream.concat(d.candidateUsers().stream(), organization.peopleWithRole(Role.AGGREGATOR_LEADER, null, null)
                        .stream().map(PersonInfo::username).filter(u -> !d.subjects().contains(u)))
                .findFirst().flatMap(organization::person)
                .or(() -> organization.peopleWithRole(Role.AGGREGATOR_LEADER, null, null).stream().findFirst());
    }
}
