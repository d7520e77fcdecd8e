package vn.dldcaccess.document;

import java.time.Instant;

/**
 * A document a process stored, as a page lists it (its name, when, whether it is the one of record), without
 * its content.
 */
public record ProcessDocument(long id, String fileName, Instant createdAt, boolean issued) {
}
