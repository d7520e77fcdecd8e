package vn.dldcaccess.organization;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.io.IOException;
import java.io.InputStream;
import java.text.Normalizer;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/** Reads the organization file and brings the organization tables in line with it (idempotent). */
@Component
class OrganizationLoader {
    private static final Logger log = LoggerFactory.getLogger(OrganizationLoader.class);
    private final OrganizationProperties properties;
    private final AgencyRepository agencies;
    private final UnitRepository units;
    private final PersonRepository people;
    private final OrganizationDirectory directory;
    private final AgencyMergers mergers;
    private final java.time.Clock clock;

    OrganizationLoader(OrganizationProperties properties, AgencyRepository agencies, UnitRepository units,
                       PersonRepository people, OrganizationDirectory directory, AgencyMergers mergers,
                       java.time.Clock clock) {
        this.properties = properties;
        this.agencies = agencies;
        this.units = units;
        this.people = people;
        this.directory = directory;
        this.mergers = mergers;
        this.clock = clock;
    }

    /** Today where the province is (a merger's day, a leaver's day). */
    java.time.LocalDate today() {
        return java.time.LocalDate.now(clock.withZone(java.time.ZoneId.of("Asia/Ho_Chi_Minh")));
    }

    OrganizationFile read() {
        try (InputStream in = properties.file().getInputStream()) {
            return parse(in);
        } catch (IOException e) {
            throw new IllegalStateException("Cannot read organization file " + properties.file(), e);
        }
    }

    /** The file, checked: a file that does not parse or names what does not exist throws, saying why. */
    static OrganizationFile parse(InputStream in) throws IOException {
        ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
                .configure(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES, true);
        OrganizationFile file = yaml.readValue(in, OrganizationFile.class);
        if (file == null || file.province() == null || file.agencies() == null || file.people() == null) {
            throw new IllegalStateException("Organization file must have province, agencies and people");
        }
        validate(file);
        AgencyMergers.validate(file, file.agencies().stream().map(OrganizationFile.Agency::code)
                .collect(java.util.stream.Collectors.toSet()));
        return file;
    }

    /**
     * At start: the file as it is, except that a person already known keeps their agency, unit and roles and
     * stays with us (moves and leavers are taken in by the source check, which starts their closings: issue 22).
     */
    @Transactional
    OrganizationFile load() {
        OrganizationFile file = read();
        AgencyMergers.requireInForce(file, today());
        load(file, Set.of());
        return file;
    }

    /**
     * The file, taking in the moves named (their closing is started) and the mergers not taken in yet (their people
     * go with them, accounts and work too); every other known person keeps their post.
     */
    @Transactional
    void load(OrganizationFile file, Set<String> movesTakenIn) {
        for (OrganizationFile.Agency a : file.agencies()) {
            AgencyEntity agency = agencies.findById(a.code()).orElseGet(() -> new AgencyEntity(a.code()));
            agency.update(new AgencyInfo(a.code(), a.kind(), nfc(a.name()), nfc(a.parentBody()), nfc(a.symbol()),
                    nfc(a.officeSymbol()), nfc(a.signerTitle())));
            agencies.save(agency);
        }
        agencies.flush();
        for (OrganizationFile.Agency a : file.agencies()) {
            for (OrganizationFile.Unit u : a.units() == null ? java.util.List.<OrganizationFile.Unit>of() : a.units()) {
                UnitEntity unit = units.findById(u.code()).orElseGet(() -> new UnitEntity(u.code()));
                unit.update(new UnitInfo(u.code(), a.code(), nfc(u.name())));
                units.save(unit);
            }
        }
        units.flush();
        java.util.Map<String, OrganizationFile.Merger> merging = mergers.pending(file);
        for (OrganizationFile.Person p : file.people()) {
            PersonEntity known = people.findById(p.username()).orElse(null);
            OrganizationFile.Merger merger = known == null ? null : merging.get(known.agencyCode());
            if (merger != null && known.leftOn() == null && merger.into().equals(p.agency())) {
                // moved by the merger, not a mover: same post in the agency theirs became; a new unit too is a move
                known.mergeInto(p.agency());
            }
            PersonInfo info = new PersonInfo(p.username(), nfc(p.fullName()), p.email().toLowerCase(), nfc(p.position()),
                    p.agency(), p.unit(), EnumSet.copyOf(p.roles()));
            if (known == null) {
                PersonEntity person = new PersonEntity(p.username());
                person.update(info);
                // listed as gone already: never with us here, nothing to close
                person.leave(p.left() == null ? null : java.time.LocalDate.parse(p.left()));
                people.save(person);
            } else if (known.leftOn() == null && !movesTakenIn.contains(p.username())
                    && (!p.agency().equals(known.agencyCode()) || !java.util.Objects.equals(p.unit(), known.unitCode()))) {
                known.updateDetails(info);
            } else {
                known.update(info);
            }
        }
        people.flush();
        merging.values().forEach(mergers::apply);
        publish(file);
    }

    /** The organization tables as they are now, to every reader, and the file's signing rules. */
    void publish(OrganizationFile file) {
        List<AgencyEntity> all = agencies.findAll();
        directory.replace(new ProvinceInfo(nfc(file.province().name()), nfc(file.province().placeName()),
                        file.province().emailDomain().toLowerCase()),
                all.stream().map(AgencyEntity::toInfo).toList(),
                units.findAll().stream().map(UnitEntity::toInfo).toList(),
                people.findAll().stream().map(PersonEntity::toInfo).toList(),
                all.stream().filter(a -> a.mergedInto() != null)
                        .collect(java.util.stream.Collectors.toMap(AgencyEntity::code, AgencyEntity::mergedInto)));
        directory.replaceSigning(signingRules(file));
        log.info("Organization loaded: {} agencies, {} people", file.agencies().size(), file.people().size());
    }

    private static SigningRules signingRules(OrganizationFile file) {
        java.util.Map<String, java.util.Map<String, SigningMode>> modes = new java.util.HashMap<>();
        for (OrganizationFile.Agency a : file.agencies()) {
            if (a.signing() != null) {
                modes.put(a.code(), java.util.Map.copyOf(a.signing()));
            }
        }
        java.util.Map<String, String> subjects = new java.util.HashMap<>();
        for (OrganizationFile.Person p : file.people()) {
            if (p.certificateSubject() != null && !p.certificateSubject().isBlank()) {
                subjects.put(p.username(), nfc(p.certificateSubject()));
            }
        }
        return new SigningRules(java.util.Map.copyOf(modes), java.util.Map.copyOf(subjects));
    }

    private static void validate(OrganizationFile file) {
        Set<String> agencyCodes = new HashSet<>();
        Set<String> unitCodes = new HashSet<>();
        Set<String> people = new HashSet<>();
        long aggregators = file.agencies().stream().filter(a -> a.kind() == AgencyKind.AGGREGATOR).count();
        if (aggregators != 1) {
            throw new IllegalStateException("Organization file must name exactly one aggregator, found " + aggregators);
        }
        for (OrganizationFile.Agency a : file.agencies()) {
            if (!agencyCodes.add(a.code())) {
                throw new IllegalStateException("Duplicate agency code " + a.code());
            }
            if (a.units() != null) {
                a.units().forEach(u -> {
                    if (!unitCodes.add(u.code())) {
                        throw new IllegalStateException("Duplicate unit code " + u.code());
                    }
                });
            }
        }
        for (OrganizationFile.Person p : file.people()) {
            if (!agencyCodes.contains(p.agency())) {
                throw new IllegalStateException("Person " + p.username() + " names unknown agency " + p.agency());
            }
            if (p.unit() != null && !unitCodes.contains(p.unit())) {
                throw new IllegalStateException("Person " + p.username() + " names unknown unit " + p.unit());
            }
            if (p.roles() == null || p.roles().isEmpty()) {
                throw new IllegalStateException("Person " + p.username() + " has no role");
            }
            if ((p.roles().contains(Role.UNIT_HEAD) || p.roles().contains(Role.APPLICANT)) && p.unit() == null) {
                throw new IllegalStateException("Person " + p.username() + " needs a unit for roles " + p.roles());
            }
            if (Actor.SYSTEM_NAME.equalsIgnoreCase(p.username())) {
                // the application reports leavers under this name: no person may carry it
                throw new IllegalStateException("Person may not be called " + p.username());
            }
            if (!people.add(p.username())) {
                throw new IllegalStateException("Duplicate person " + p.username());
            }
            if (p.left() != null) {
                try {
                    java.time.LocalDate.parse(p.left());
                } catch (java.time.format.DateTimeParseException e) {
                    throw new IllegalStateException("Person " + p.username() + ": left is not a date (yyyy-mm-dd): "
                            + p.left());
                }
            }
        }
    }

    private static String nfc(String s) {
        return s == null ? null : Normalizer.normalize(s.strip(), Normalizer.Form.NFC);
    }
}
