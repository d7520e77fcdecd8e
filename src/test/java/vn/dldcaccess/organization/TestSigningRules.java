package vn.dldcaccess.organization;

/** For a test that needs another signing set-up than the demo file's, and puts the old one back after. */
public final class TestSigningRules {
    private TestSigningRules() {
    }

    /** @return the rules in force before */
    public static SigningRules replace(OrganizationDirectory directory, SigningRules rules) {
        SigningRules before = directory.signing();
        directory.replaceSigning(rules);
        return before;
    }
}
