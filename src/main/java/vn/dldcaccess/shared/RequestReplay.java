package vn.dldcaccess.shared;

/**
 * A feature that can tell the register again of the requests it holds: each publishes, for every request, the
 * {@link RequestStep}s and {@link RequestDocumentAdded}s it would have published as they happened. Tracking
 * calls it once, for the requests recorded before the register existed.
 */
public interface RequestReplay {

    RequestKind kind();

    /** @return how many requests were told */
    int replayRequests();
}
