package vn.dldcaccess.security;

import java.util.List;

public record AuthenticatedUser(String id, List<String> groupIds) {

    public boolean inGroup(String groupId) {
        return groupIds.contains(groupId);
    }
}
