package vn.dldcaccess.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.SigningMode;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;

/**
 * Refuses to start on a signing set-up that would fail later: a document kind the organization file names that
 * does not exist, or an agency asked to seal without a key. Loads the keys (the demo run makes its demo PKI, beside
 * the running application).
 */
@Component
class SigningCheckAtStart {
    private static final Logger log = LoggerFactory.getLogger(SigningCheckAtStart.class);
    private final OrganizationDirectory organization;
    private final SealKeys keys;

    SigningCheckAtStart(OrganizationDirectory organization, SealKeys keys) {
        this.organization = organization;
        this.keys = keys;
    }

    @EventListener(ApplicationReadyEvent.class)
    void check() {
        List<Runnable> seals = new ArrayList<>();
        for (Map.Entry<String, Map<String, SigningMode>> agency : organization.signing().modes().entrySet()) {
            AgencyInfo a = organization.agency(agency.getKey()).orElseThrow();
            for (Map.Entry<String, SigningMode> kind : agency.getValue().entrySet()) {
                DocumentKind k = Arrays.stream(DocumentKind.values()).filter(d -> d.name().equals(kind.getKey()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("Organization file: agency "
                                + a.code() + " signing names unknown document kind '" + kind.getKey() + "'; known: "
                                + Arrays.toString(DocumentKind.values())));
                if (kind.getValue() == SigningMode.SEAL) {
                    seals.add(() -> keys.sealFor(a.code(), k).orElseThrow());
                }
            }
        }
        if (!keys.makesDemoPki()) {
            load(seals);
            return;
        }
        // The demo makes its PKI (an RSA CA and a key per agency) once per data folder, seconds of CPU on a first
        // start that nobody waits for: it is made beside the running application, and a first seal asked for
        // meanwhile waits for it (SealKeys loads under its lock). A real keystore is checked before readiness.
        Thread demo = new Thread(() -> {
            try {
                load(seals);
            } catch (RuntimeException e) {
                log.error("The demo PKI could not be made; seals will be tried again when asked for", e);
            }
        }, "demo-pki");
        demo.setDaemon(true);
        demo.start();
    }

    private void load(List<Runnable> seals) {
        seals.forEach(Runnable::run);
        log.info("Digital signatures: {} agency seals ready, {} trusted CA certificates, {} CRLs", seals.size(),
                keys.trustAnchors().size(), keys.crls().size());
    }
}
