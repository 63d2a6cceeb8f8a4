package cn.gov.hlj.consumptionaid.accounts.directory;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.accounts.PasswordPolicy;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.stereotype.Component;

import java.util.LinkedHashSet;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The rules every account directory applies, in one place so the embedded and the Keycloak directory cannot drift
 * apart: valid input, delegated administration (an administrator manages only accounts in their own data scope and
 * grants no role beyond their own unless they administer the whole province), the password policy.
 */
@Component
public class AccountRules {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,32}");

    private final CurrentUser currentUser;
    private final ScopeCodes scopeCodes;

    AccountRules(CurrentUser currentUser, ScopeCodes scopeCodes) {
        this.currentUser = currentUser;
        this.scopeCodes = scopeCodes;
    }

    public AppUser admin() {
        return currentUser.require();
    }

    public DataScope adminScope() {
        return admin().scope();
    }

    /** The trimmed username, or a refusal when it is not a valid one. */
    public String checkNewUsername(String username) {
        var trimmed = username == null ? "" : username.trim();
        if (!USERNAME.matcher(trimmed).matches()) {
            throw new AccountException("accounts.error.username-invalid");
        }
        return trimmed;
    }

    public void checkDetails(AccountDetails details) {
        if (details == null || details.displayName() == null || details.displayName().isBlank()) {
            throw new AccountException("accounts.error.name-required");
        }
        if (details.email() != null && !details.email().isBlank() && !EMAIL.matcher(details.email().trim()).matches()) {
            throw new AccountException("accounts.error.email-invalid");
        }
        if (details.phone() != null && !details.phone().isBlank() && !PHONE.matcher(details.phone().trim()).matches()) {
            throw new AccountException("accounts.error.phone-invalid");
        }
    }

    /** Roles, department and region of an account, as the signed-in administrator may hand them out. */
    public void checkAssignment(String departmentCode, String regionCode, Set<String> roles) {
        if (roles == null || roles.isEmpty()) {
            throw new AccountException("accounts.error.roles-required");
        }
        for (var role : roles) {
            if (!AppRoles.isRole(role)) {
                throw new AccountException("accounts.error.role-unknown", role);
            }
        }
        if (departmentCode != null && !scopeCodes.isDepartment(departmentCode)) {
            throw new AccountException("accounts.error.department-unknown", departmentCode);
        }
        if (regionCode == null || !scopeCodes.isRegion(regionCode)) {
            throw new AccountException("accounts.error.region-unknown", String.valueOf(regionCode));
        }
        // The roles first: a role beyond one's own is the clearer reason even where it would also widen the scope.
        if (!grantableRoles().containsAll(roles)) {
            throw new AccountException("accounts.error.role-beyond-own");
        }
        var target = new AppUser("target", null, departmentCode, regionCode, roles, null).scope();
        if (!adminScope().contains(target)) {
            throw new AccountException("accounts.error.outside-scope");
        }
    }

    /** A provincial administrator grants every role; a department's administrator only the roles they hold. */
    public Set<String> grantableRoles() {
        var admin = admin();
        var roles = new LinkedHashSet<String>();
        AppRoles.ROLES.stream().filter(role -> admin.scope().allDepartments() || admin.hasRole(role))
                .forEach(roles::add);
        return roles;
    }

    public void checkPassword(String username, String password) {
        PasswordPolicy.violation(username, password).ifPresent(key -> {
            throw new AccountException(key);
        });
    }

    /** Whether the signed-in administrator may manage an account of this department and region. */
    public boolean manageable(String departmentCode, String regionCode) {
        var scope = adminScope();
        return scope.coversRegion(regionCode) && (scope.allDepartments() || scope.coversDepartment(departmentCode));
    }

    public void refuseDisablingSelf(String username, boolean enabled) {
        if (!enabled && username.equals(admin().username())) {
            throw new AccountException("accounts.error.cannot-disable-self");
        }
    }

    /**
     * The unit (所在单位) an account is linked to: a purchaser code of up to 40 letters, digits and hyphens, or
     * {@code null} for none. Whether such a purchaser exists is the purchasing module's business: accounts may not
     * depend on it, and a unit imported later may be linked first.
     */
    public String checkUnitCode(String unitCode) {
        var code = blankToNull(unitCode);
        if (code != null && !UNIT_CODE.matcher(code).matches()) {
            throw new AccountException("accounts.error.unit-invalid", code);
        }
        return code;
    }

    private static final Pattern UNIT_CODE = Pattern.compile("[A-Za-z0-9-]{1,40}");

    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
