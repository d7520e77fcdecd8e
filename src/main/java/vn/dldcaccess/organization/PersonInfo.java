package vn.dldcaccess.organization;

import java.util.Set;

public record PersonInfo(String username, String fullName, String email, String position, String agencyCode,
                         String unitCode, Set<Role> roles) {

    public boolean has(Role role) {
        return roles.contains(role);
    }
}
