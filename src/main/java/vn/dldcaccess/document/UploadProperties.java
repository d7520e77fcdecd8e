package vn.dldcaccess.document;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

import java.time.Duration;

/**
 * How many PDFs from outside a node reads (README "Trust": limits).
 *
 * @param atOnce                  files read at the same time by the verification page and the signers' uploads
 *                                together (one per core)
 * @param maxWait                 how long a file waits for its turn before it is answered 503
 * @param verificationsPerMinute  files one address may send the open verification page in a minute
 */
@ConfigurationProperties("dldc.uploads")
record UploadProperties(@DefaultValue("2") int atOnce, @DefaultValue("2s") Duration maxWait,
                        @DefaultValue("10") int verificationsPerMinute) {
}
