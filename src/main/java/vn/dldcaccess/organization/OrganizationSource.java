package vn.dldcaccess.organization;

import org.springframework.core.io.Resource;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The organization's source as the leavers feature sees it (issue 22): the file read and checked, the people the
 * tables hold as being with us, and taking a version of the file in once its leavers and movers are recorded.
 */
@Service
public class OrganizationSource {
    private final OrganizationProperties properties;
    private final OrganizationLoader loader;
    private final PersonRepository people;
    private final EngineIdentitySync identity;
    private volatile String problem;

    OrganizationSource(OrganizationProperties properties, OrganizationLoader loader, PersonRepository people,
                       EngineIdentitySync identity) {
        this.properties = properties;
        this.loader = loader;
        this.people = people;
        this.identity = identity;
    }

    /** One person as a source says: where they work, and the day they left (null: with us). */
    public record SourcePerson(String username, String agencyCode, String unitCode, LocalDate left) {
    }

    /** A version of the file, read and checked: its hash and people. */
    public static final class Snapshot {
        private final String hash;
        private final OrganizationFile file;
        private final List<SourcePerson> people;

        private Snapshot(String hash, OrganizationFile file) {
            this.hash = hash;
            this.file = file;
            this.people = file.people().stream().map(p -> new SourcePerson(p.username(), p.agency(), p.unit(),
                    p.left() == null ? null : LocalDate.parse(p.left()))).toList();
        }

        public String hash() {
            return hash;
        }

        public List<SourcePerson> people() {
            return people;
        }

        /** The file's mergers (issue 22 part 2): what each agency merged away became, by its code. */
        public Map<String, String> mergers() {
            Map<String, String> m = new java.util.HashMap<>();
            file.mergersOrNone().forEach(x -> m.put(x.from(), x.into()));
            return Map.copyOf(m);
        }

        OrganizationFile file() {
            return file;
        }
    }

    /** A source that cannot be taken in: nothing changes, and this says why (in English, for the log and health). */
    public static class Unreadable extends RuntimeException {
        public Unreadable(String reason, Throwable cause) {
            super(reason, cause);
        }
    }

    /** The organization file the application is configured with. */
    public Resource configuredFile() {
        return properties.file();
    }

    /** The file read and checked; {@link Unreadable} when it does not parse or names what does not exist. */
    public Snapshot read(Resource resource) {
        byte[] bytes;
        try (InputStream in = resource.getInputStream()) {
            bytes = in.readAllBytes();
        } catch (IOException e) {
            throw new Unreadable("Cannot read " + resource.getDescription() + ": " + e.getMessage(), e);
        }
        try {
            return new Snapshot(sha256(bytes), OrganizationLoader.parse(new java.io.ByteArrayInputStream(bytes)));
        } catch (IOException | RuntimeException e) {
            throw new Unreadable("Organization file " + resource.getDescription() + " not taken in: "
                    + e.getMessage().lines().findFirst().orElse(""), e);
        }
    }

    /** A version naming a merger dated after {@code today} is not in force yet: {@link Unreadable}, saying so. */
    public void requireInForce(Snapshot snapshot, LocalDate today) {
        try {
            AgencyMergers.requireInForce(snapshot.file(), today);
        } catch (IllegalStateException e) {
            throw new Unreadable("Organization file not taken in: " + e.getMessage(), e);
        }
    }

    /** The day a version is in force from: its latest merger's (null: no merger, in force now). */
    public LocalDate inForceFrom(Snapshot snapshot) {
        return snapshot.file().mergersOrNone().stream().map(m -> LocalDate.parse(m.on())).max(LocalDate::compareTo)
                .orElse(null);
    }

    /** The people the tables hold as being with us. */
    @Transactional(readOnly = true)
    public List<SourcePerson> registered() {
        return people.findByLeftOnIsNull().stream().map(p -> new SourcePerson(p.toInfo().username(),
                p.agencyCode(), p.unitCode(), null)).toList();
    }

    /**
     * Takes a version of the file in: new people and details as it says, the moves named (their old groups
     * dropped), the leavers marked as gone on their day and out of every group, people back restored.
     */
    @Transactional
    public void apply(Snapshot snapshot, Set<String> moves, Map<String, LocalDate> leavers) {
        Set<String> back = new java.util.HashSet<>();
        for (SourcePerson p : snapshot.people()) {
            people.findById(p.username()).filter(e -> e.leftOn() != null && p.left() == null)
                    .ifPresent(e -> back.add(p.username()));
        }
        Set<String> taken = new java.util.HashSet<>(moves);
        taken.addAll(back);
        loader.load(snapshot.file(), taken);
        back.forEach(u -> people.findById(u).ifPresent(PersonEntity::restore));
        leavers.forEach((u, on) -> people.findById(u).ifPresent(e -> e.leave(on)));
        people.flush();
        loader.publish(snapshot.file());
        moves.forEach(identity::retire);
        leavers.keySet().forEach(identity::retire);
        identity.sync(snapshot.file());
        problem = null;
    }

    /** Leavers another source found (the directory): gone on their day, out of every group. */
    @Transactional
    public void markLeft(Map<String, LocalDate> leavers) {
        leavers.forEach((u, on) -> people.findById(u).ifPresent(e -> e.leave(on)));
        people.flush();
        leavers.keySet().forEach(identity::retire);
    }

    /** A leaver found by mistake (the office cancelled the closing): with us again, in the groups of their roles. */
    @Transactional
    public void restore(String username) {
        people.findById(username).ifPresent(p -> {
            p.restore();
            identity.restore(p.toInfo());
        });
    }

    /** Why the last version of a source was not taken in (null: it was), shown by the organization health. */
    public void reportProblem(String reason) {
        this.problem = reason;
    }

    public void clearProblem() {
        this.problem = null;
    }

    String problem() {
        return problem;
    }

    private static String sha256(byte[] bytes) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
