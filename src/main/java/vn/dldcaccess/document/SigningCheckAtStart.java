package vn.dldcaccess.document;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import vn.dldcaccess.organization.AgencyInfo;
import vn.dldcaccess.organization.OrganizationDirectory;
import vn.dldcaccess.organization.SigningMode;

import java.util.Arrays;
import java.util.Map;

/**
 * Refuses to start on a signing set-up that would fail later: a document kind the organization file names that
 * does not exist, or an agency asked to seal without a key. Loads the keys (the demo run makes its demo PKI).
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
        int seals = 0;
        for (Map.Entry<String, Map<String, SigningMode>> agency : organization.signing().modes().entrySet()) {
            AgencyInfo a = organization.agency(agency.getKey()).orElseThrow();
            for (Map.Entry<String, SigningMode> kind : agency.getValue().entrySet()) {
                DocumentKind k = Arrays.stream(DocumentKind.values()).filter(d -> d.name().equals(kind.getKey()))
                        .findFirst().orElseThrow(() -> new IllegalStateException("Organization file: agency "
                                + a.code() + " signing names unknown document kind '" + kind.getKey() + "'; known: "
                                + Arrays.toString(DocumentKind.values())));
                if (kind.getValue() == SigningMode.SEAL) {
                    keys.sealFor(a.code(), k).orElseThrow();
                    seals++;
                }
            }
        }
        log.info("Digital signatures: {} agency seals ready, {} trusted CA certificates, {} CRLs", seals,
                keys.trustAnchors().size(), keys.crls().size());
    }
}
