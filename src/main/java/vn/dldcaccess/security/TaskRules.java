package vn.dldcaccess.security;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import vn.dldcaccess.shared.Messages;
import vn.dldcaccess.shared.PlainText;

import java.io.IOException;
import java.util.Iterator;

/** What a person may do to a task besides completing it through its form. */
final class TaskRules {
    private static final ObjectMapper JSON = new ObjectMapper();
    static final int MAX_COMMENT_LENGTH = 1000;

    private TaskRules() {
    }

    /** Claiming takes a group's task for oneself, never for someone else. */
    static GuardRefusal claim(byte[] body, String self) {
        JsonNode root = parse(body);
        String userId = root == null ? null : root.path("userId").asText(null);
        return self.equals(userId) && root.size() == 1 ? null
                : GuardRefusal.forbidden(Messages.text("security.task.claimForOther"), "claim for another user");
    }

    /** Handing a task back to its group; a task meant for one person has no group to go back to. */
    static GuardRefusal unclaim(EngineTargets.TaskTarget task) {
        return task.groupTask() ? null : GuardRefusal.forbidden(
                Messages.text("security.task.unclaimPersonal"), "unclaim of a personal task");
    }

    /** A comment on a task: plain text of a bounded length, attached to that task only. */
    static GuardRefusal comment(byte[] body) {
        JsonNode root = parse(body);
        if (root == null || !root.path("message").isTextual()) {
            return GuardRefusal.bad(Messages.text("security.comment.notText"), "comment without text");
        }
        for (Iterator<String> it = root.fieldNames(); it.hasNext(); ) {
            if (!it.next().equals("message")) {
                return GuardRefusal.bad(Messages.text("security.comment.fields"), "comment field");
            }
        }
        try {
            return PlainText.paragraph(root.get("message").asText(), MAX_COMMENT_LENGTH) == null
                    ? GuardRefusal.bad(Messages.text("security.comment.required"), "empty comment") : null;
        } catch (IllegalArgumentException e) {
            return GuardRefusal.bad(Messages.text("security.comment.invalid", e.getMessage()), "comment text refused");
        }
    }

    private static JsonNode parse(byte[] body) {
        try {
            JsonNode root = body == null || body.length == 0 ? null : JSON.readTree(body);
            return root != null && root.isObject() ? root : null;
        } catch (IOException e) {
            return null;
        }
    }
}
