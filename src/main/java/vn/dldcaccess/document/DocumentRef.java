package vn.dldcaccess.document;

/** A stored document as other features see it: the id to keep, the hash to show, the path to download. */
public record DocumentRef(long id, DocumentKind kind, String fileName, String sha256) {

    public String downloadPath() {
        return "/api/documents/" + id;
    }
}
