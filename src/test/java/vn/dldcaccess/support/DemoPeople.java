package vn.dldcaccess.support;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import vn.dldcaccess.organization.Actor;
import vn.dldcaccess.organization.Deciders;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.PersonInfo;
import vn.dldcaccess.organization.Role;
import vn.dldcaccess.security.Actors;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The people of the demo organization file, for tests without Spring: who they are ({@link #person}), the
 * actor each is when logged in ({@link #actor}), and {@link Actors} answering from them.
 */
public final class DemoPeople {
    private static final Map<String, PersonInfo> PEOPLE = load();

    private DemoPeople() {
    }

    public static PersonInfo person(String username) {
        PersonInfo p = PEOPLE.get(username);
        if (p == null) {
            throw new IllegalArgumentException("No demo person " + username);
        }
        return p;
    }

    /** The person logged in. */
    public static Actor actor(String username) {
        return Actor.person(person(username));
    }

    /** A step's deciders as a group (nobody of it the request is about), for process tests' routing. */
    public static Deciders group(String groupId) {
        return new Deciders(List.of(groupId), List.of(), Set.of(), null, false);
    }

    /** A step's deciders by name (the group held one the request is about), for process tests' routing. */
    public static Deciders named(String... usernames) {
        return new Deciders(List.of(), List.of(usernames), Set.of(), null, false);
    }

    /** The administrator (not in the organization file). */
    public static Actor admin() {
        return new Actor("demo", null, true);
    }

    /** A directory that knows the demo people (and nothing else). */
    public static OrganizationDirectory directory() {
        OrganizationDirectory directory = mock(OrganizationDirectory.class);
        when(directory.person(anyString())).thenAnswer(i -> Optional.ofNullable(PEOPLE.get((String) i.getArgument(0))));
        return directory;
    }

    /** The actor of each step from the engine's authenticated user, as in the application. */
    public static Actors actors() {
        return new Actors(directory());
    }

    private static Map<String, PersonInfo> load() {
        try (InputStream in = DemoPeople.class.getResourceAsStream("/organization/demo-organization.yml")) {
            JsonNode root = new ObjectMapper(new YAMLFactory()).readTree(in);
            Map<String, PersonInfo> out = new LinkedHashMap<>();
            for (JsonNode p : root.get("people")) {
                Set<Role> roles = EnumSet.noneOf(Role.class);
                p.get("roles").forEach(r -> roles.add(Role.valueOf(r.asText())));
                out.put(p.get("username").asText(), new PersonInfo(p.get("username").asText(), p.get("fullName").asText(),
                        p.get("email").asText(), p.get("position").asText(), p.get("agency").asText(),
                        p.path("unit").isMissingNode() || p.get("unit").isNull() ? null : p.get("unit").asText(),
                        Set.copyOf(roles)));
            }
            return out;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
