package vn.dldcaccess.document;

/**
 * What a stored document is worth, as the verification page tells it: only {@link #ISSUED} is a document of
 * record; a draft, a copy given for signing, an upload not (yet) issued and anything replaced are named so.
 */
enum DocumentStatus {
    /** rendered for reading before it is decided ("DỰ THẢO", or a letter before its number) */
    DRAFT("bản dự thảo, không phải văn bản ban hành"),
    /** the copy a signer downloads to sign with their own token: the letter as it will be, but unsigned */
    FOR_SIGNATURE("bản trình ký chưa được ký số, không phải văn bản ban hành"),
    /** a signer's signed upload, accepted by the checks but not yet issued (the signer has not chosen "Ký ban hành") */
    SIGNED_UPLOAD("bản đã ký số được tải lên nhưng chưa được ban hành"),
    /** the document of record */
    ISSUED("văn bản do hệ thống phát hành"),
    /** replaced: a later upload, a letter sent back after it was signed, a document issued again */
    SUPERSEDED("bản đã bị thay thế hoặc hủy, không còn giá trị");

    private final String label;

    DocumentStatus(String label) {
        this.label = label;
    }

    String label() {
        return label;
    }
}
