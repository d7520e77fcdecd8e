package vn.dldcaccess.document;

import vn.dldcaccess.shared.Messages;

import java.util.List;

/** A signed upload not accepted; names, in Vietnamese, everything that failed. The task it belongs to stays open. */
public class SignedUploadRefused extends RuntimeException {
    private final List<String> problems;

    SignedUploadRefused(List<String> problems) {
        super("Signed upload refused: " + problems.size() + " problem(s)");
        this.problems = List.copyOf(problems);
    }

    public List<String> problems() {
        return problems;
    }

    public String vietnameseMessage() {
        return Messages.text("document.signedUpload.refused", String.join(" ", problems));
    }
}
