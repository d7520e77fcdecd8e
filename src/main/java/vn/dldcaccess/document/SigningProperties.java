package vn.dldcaccess.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.nio.file.Path;
import java.util.List;

/**
 * Digital signatures (issue 14).
 *
 * @param keystore         PKCS#12 file with one key per agency that seals (alias: the agency code in lower
 *                         case), its certificate chain with it
 * @param keystorePassword from the environment ({@code DLDC_SIGNING_PASSWORD})
 * @param trustAnchors     PEM files of the CA certificates the province trusts (Ban Cơ yếu Chính phủ's and the
 *                         like): an uploaded signature must chain to one of them
 * @param crls             CRL files (DER or PEM) the province supplies; a certificate on one is refused
 * @param demo             the demo run: without a keystore, make a demo CA and a seal certificate per agency at
 *                         first start, in {@code demoDirectory}, every name marked DEMO
 */
@ConfigurationProperties("dldc.signing")
record SigningProperties(Path keystore, String keystorePassword, @DefaultValue List<Path> trustAnchors,
                         @DefaultValue List<Path> crls, @DefaultValue("false") boolean demo,
                         @DefaultValue("./data/demo-pki") Path demoDirectory) {
}
