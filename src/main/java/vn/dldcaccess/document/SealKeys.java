package vn.dldcaccess.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.SigningMode;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.security.GeneralSecurityException;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.security.cert.X509CRL;
import java.security.cert.X509Certificate;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The agencies' seal keys (PKCS#12, one alias per agency code) and what the province trusts (CA certificates,
 * CRLs). Loaded when first needed, after the organization file; the demo run makes its own demo PKI once.
 */
@Component
class SealKeys {
    private static final Logger log = LoggerFactory.getLogger(SealKeys.class);
    static final String DEMO_MARK = "DEMO - KHÔNG CÓ GIÁ TRỊ PHÁP LÝ";

    record Seal(PrivateKey key, X509Certificate[] chain) {
    }

    private final SigningProperties properties;
    private final OrganizationDirectory organization;
    private volatile Loaded loaded;
    private final java.util.concurrent.ConcurrentMap<String, Seal> seals = new java.util.concurrent.ConcurrentHashMap<>();

    private record Loaded(KeyStore keys, char[] password, List<X509Certificate> anchors, List<X509CRL> crls) {
    }

    SealKeys(SigningProperties properties, OrganizationDirectory organization) {
        this.properties = properties;
        this.organization = organization;
    }

    /** The agency's seal, when the organization file asks it to seal documents of {@code kind}. */
    Optional<Seal> sealFor(String agencyCode, DocumentKind kind) {
        if (organization.signing().mode(agencyCode, kind.name()) != SigningMode.SEAL) {
            return Optional.empty();
        }
        return Optional.of(seals.computeIfAbsent(agencyCode.toLowerCase(Locale.ROOT), alias -> read(alias, kind)));
    }

    /** Read once per agency: a PKCS#12 key is decrypted through its password-based cipher on every read. */
    private Seal read(String alias, DocumentKind kind) {
        Loaded l = loaded();
        if (!keyEntry(l, alias) && !given(properties.keystore()) && properties.demo()) {
            // an agency the organization gained while running (a merger): the demo makes its seal now
            synchronized (this) {
                loaded = load();
                l = loaded;
            }
        }
        try {
            if (!l.keys().isKeyEntry(alias)) {
                throw new IllegalStateException("The organization file asks " + alias + " to seal " + kind
                        + " but the keystore has no key '" + alias + "'");
            }
            Certificate[] chain = l.keys().getCertificateChain(alias);
            return new Seal((PrivateKey) l.keys().getKey(alias, l.password()),
                    Arrays.stream(chain).map(X509Certificate.class::cast).toArray(X509Certificate[]::new));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("Cannot read seal key " + alias, e);
        }
    }

    private static boolean keyEntry(Loaded l, String alias) {
        try {
            return l.keys().isKeyEntry(alias);
        } catch (GeneralSecurityException e) {
            return false;
        }
    }

    /** The demo run's own PKI (no keystore, no trust list): made when first needed, once per data folder. */
    boolean makesDemoPki() {
        return !given(properties.keystore()) && properties.demo()
                && properties.trustAnchors().stream().noneMatch(SealKeys::given);
    }

    List<X509Certificate> trustAnchors() {
        return loaded().anchors();
    }

    List<X509CRL> crls() {
        return loaded().crls();
    }

    private Loaded loaded() {
        Loaded l = loaded;
        if (l == null) {
            synchronized (this) {
                if (loaded == null) {
                    loaded = load();
                }
                l = loaded;
            }
        }
        return l;
    }

    private Loaded load() {
        // an environment variable set empty binds as an empty path: that is "not given"
        List<X509Certificate> anchors = new ArrayList<>();
        properties.trustAnchors().stream().filter(SealKeys::given).forEach(p -> anchors.addAll(Pki.readCertificates(p)));
        List<X509CRL> crls = new ArrayList<>();
        properties.crls().stream().filter(SealKeys::given).forEach(p -> crls.addAll(Pki.readCrls(p)));
        Path file = given(properties.keystore()) ? properties.keystore() : null;
        char[] password = properties.keystorePassword() == null ? new char[0] : properties.keystorePassword().toCharArray();
        if (file == null && properties.demo() && !anchors.isEmpty()) {
            // a trust list means a real installation: the demo CA is never trusted beside it
            log.warn("dldc.signing.demo is on but a trust list is configured: no demo seals are made or trusted");
        } else if (file == null && properties.demo()) {
            file = properties.demoDirectory().resolve("seals.p12");
            password = "demo".toCharArray();
            anchors.add(demo(file, password));
        }
        KeyStore keys;
        try {
            keys = KeyStore.getInstance("PKCS12");
            if (file == null) {
                keys.load(null, password);
            } else {
                try (InputStream in = Files.newInputStream(file)) {
                    keys.load(in, password);
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot open the seal keystore " + file + ": " + e.getMessage(), e);
        }
        return new Loaded(keys, password, List.copyOf(anchors), List.copyOf(crls));
    }

    private static boolean given(Path p) {
        return p != null && !p.toString().isBlank();
    }

    /**
     * A demo CA and one seal per agency, made once (agencies added later get theirs on the next start). Written
     * to a temporary file and moved into place, so nodes starting together end up with one and the same PKI.
     *
     * @return the demo CA's certificate, which the demo trusts
     */
    private X509Certificate demo(Path file, char[] password) {
        try {
            Files.createDirectories(file.getParent());
            for (int attempt = 0; ; attempt++) {
                KeyStore keys = KeyStore.getInstance("PKCS12");
                boolean existed = Files.exists(file);
                Instant now = Instant.now();
                Pki.Issued ca;
                if (existed) {
                    try (InputStream in = Files.newInputStream(file)) {
                        keys.load(in, password);
                    }
                    ca = new Pki.Issued(new java.security.KeyPair(null, (PrivateKey) keys.getKey("demo-ca", password)),
                            (X509Certificate) keys.getCertificate("demo-ca"));
                } else {
                    keys.load(null, password);
                    ca = Pki.authority("CN=CA thử nghiệm dldc-access (" + DEMO_MARK + "),O=" + DEMO_MARK,
                            now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(3650)));
                    keys.setKeyEntry("demo-ca", ca.keys().getPrivate(), password, new Certificate[]{ca.certificate()});
                }
                boolean added = false;
                for (AgencyInfo a : organization.allAgencies()) {
                    String alias = a.code().toLowerCase(Locale.ROOT);
                    if (!keys.isKeyEntry(alias)) {
                        Pki.Issued seal = Pki.signer("CN=" + a.name() + " (" + DEMO_MARK + "),O=" + a.parentBody(), ca,
                                now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(1825)));
                        keys.setKeyEntry(alias, seal.keys().getPrivate(), password,
                                new Certificate[]{seal.certificate(), ca.certificate()});
                        added = true;
                    }
                }
                if (!added) {
                    return ca.certificate();
                }
                Path temp = Files.createTempFile(file.getParent(), "seals", ".tmp");
                try (OutputStream out = Files.newOutputStream(temp)) {
                    keys.store(out, password);
                }
                try {
                    if (existed) {
                        Files.move(temp, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
                    } else {
                        // a hard link is made only if no file is there: if another node put its own in place
                        // meanwhile, this fails and that one is read again
                        Files.createLink(file, temp);
                        Files.delete(temp);
                        Files.writeString(file.resolveSibling("demo-ca.pem"), Pki.pem(ca.certificate()));
                    }
                    log.warn("Demo seal certificates written to {} (a demo CA, not valid for real documents)", file);
                    return ca.certificate();
                } catch (FileAlreadyExistsException another) {
                    Files.deleteIfExists(temp);
                    if (attempt > 3) {
                        throw another;
                    }
                }
            }
        } catch (IOException | GeneralSecurityException e) {
            throw new IllegalStateException("Cannot make the demo PKI in " + file.getParent() + ": " + e.getMessage(), e);
        }
    }
}
