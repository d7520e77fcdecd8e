package vn.dldcaccess.document;

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
        return "Văn bản đã ký chưa được chấp nhận: " + String.join(" ", problems);
    }
}
