package vn.dldcaccess.shared;

/** A PDF was issued for a request (its form, letter, report or notice): the register lists it on the request. */
public record RequestDocumentAdded(RequestKind kind, long sourceId, long documentId, String title) {
}
