package vn.dldcaccess.document;

/** What decides who may read a document, without its content. */
record DocumentAccessInfo(DocumentKind kind, String agencyCode, String ownerUsername, String processInstanceId) {
}
