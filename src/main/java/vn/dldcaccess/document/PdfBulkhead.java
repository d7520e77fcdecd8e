package vn.dldcaccess.document;

import org.springframework.stereotype.Component;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.function.Supplier;

/**
 * At most {@code dldc.uploads.at-once} PDFs from outside are read at the same time on a node (the verification page
 * and the signers' uploads together: one per core), a file waiting at most {@code dldc.uploads.max-wait} for its
 * turn. The slot is taken once the file has arrived, around the reading only: a client that sends its file slowly
 * holds a connection, never a slot.
 */
@Component
class PdfBulkhead {
    private final UploadProperties properties;
    private final Semaphore slots;

    PdfBulkhead(UploadProperties properties) {
        this.properties = properties;
        this.slots = new Semaphore(properties.atOnce(), true);
    }

    /** @throws PdfBusy when no slot frees up in time */
    <T> T read(Supplier<T> work) {
        boolean entered;
        try {
            entered = slots.tryAcquire(properties.maxWait().toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            entered = false;
        }
        if (!entered) {
            throw new PdfBusy(properties.atOnce());
        }
        try {
            return work.get();
        } finally {
            slots.release();
        }
    }
}
