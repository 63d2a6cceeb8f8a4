package cn.gov.hlj.consumptionaid.accounts;

import org.springframework.data.domain.Pageable;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

/**
 * Where the portal's accounts live: the database in the embedded mode, Keycloak in production. Both implementations
 * apply the same rules:
 * <ul>
 * <li>only holders of {@code AppRoles.ACCOUNT_MANAGE} manage accounts;</li>
 * <li>delegated administration: an administrator of one department manages only that department's accounts, and
 * grants no role they do not hold themselves; a provincial administrator (no department) manages all;</li>
 * <li>passwords follow {@link PasswordPolicy}; a password set by an administrator is temporary and must be changed
 * at the next login.</li>
 * </ul>
 * Bad input is refused with an {@link AccountException} whose message key says what is wrong; nothing is written.
 */
public interface AccountDirectory {

    List<AccountRow> list(AccountFilter filter, Pageable pageable);

    long count(AccountFilter filter);

    Optional<AccountRow> find(String username);

    /** Creates an account with a temporary password; returns its username. */
    String create(NewAccount account);

    /** Changes name, e-mail and phone. */
    void update(String username, AccountDetails details);

    void setEnabled(String username, boolean enabled);

    /** Sets a temporary password that the user must change at the next login. */
    void resetPassword(String username, String temporaryPassword);

    void assignRoles(String username, Set<String> roles);

    void assignDepartmentAndRegion(String username, String departmentCode, String regionCode);

    /**
     * Changes what the account form edits — details, department, region and roles — at once: every rule is checked
     * before anything is written.
     */
    void edit(String username, AccountDetails details, String departmentCode, String regionCode, Set<String> roles);

    /**
     * Changes what the account form edits — details, department, region, unit and roles — at once: every rule is
     * checked before anything is written.
     *
     * @param unitCode the purchaser code of the user's unit (所在单位), or {@code null} for none
     */
    void edit(String username, AccountDetails details, String departmentCode, String regionCode, String unitCode,
              Set<String> roles);

    /** The roles the signed-in administrator may grant (all for a provincial administrator, else their own). */
    Set<String> grantableRoles();

    /** Remembers the signed-in user's UI language. */
    void setOwnLocale(Locale locale);

    /** Whether this directory knows sessions and login events (Keycloak does; the embedded one does not). */
    boolean activityAvailable();

    /** The account's open single sign-on sessions, newest first; empty where {@link #activityAvailable()} is false. */
    List<SessionRow> sessions(String username);

    /** Ends one of the account's sessions (the user must sign in again). */
    void endSession(String username, String sessionId);

    /** The account's most recent login events (logins, failures, logouts, password changes), newest first. */
    List<LoginEventRow> recentLoginEvents(String username, int max);

    /** A row of the account list. */
    record AccountRow(String username, String displayName, String email, String phone, String departmentCode,
                      String regionCode, Set<String> roles, boolean enabled, boolean locked,
                      boolean passwordChangeRequired, String unitCode) {
    }

    /** Filters of the account list; {@code null} means "any". */
    record AccountFilter(String text, String departmentCode, String role, Boolean enabled) {

        public static AccountFilter all() {
            return new AccountFilter(null, null, null, null);
        }

        public AccountFilter withText(String text) {
            return new AccountFilter(text, departmentCode, role, enabled);
        }

        public AccountFilter withDepartmentCode(String departmentCode) {
            return new AccountFilter(text, departmentCode, role, enabled);
        }

        public AccountFilter withRole(String role) {
            return new AccountFilter(text, departmentCode, role, enabled);
        }

        public AccountFilter withEnabled(Boolean enabled) {
            return new AccountFilter(text, departmentCode, role, enabled);
        }
    }

    record AccountDetails(String displayName, String email, String phone) {
    }

    /** An open session: where from, since when, last used, through which applications. */
    record SessionRow(String id, String ipAddress, Instant started, Instant lastAccess, Set<String> clients) {
    }

    /** A login event: {@code LOGIN}, {@code LOGIN_ERROR}, {@code LOGOUT}, {@code UPDATE_PASSWORD} …; error if any. */
    record LoginEventRow(Instant time, String type, String ipAddress, String error) {
    }

    /** A new account; {@code unitCode} is the purchaser code of the user's unit (所在单位), or {@code null}. */
    record NewAccount(String username, AccountDetails details, String departmentCode, String regionCode,
                      Set<String> roles, String temporaryPassword, String unitCode) {

        /** An account linked to no unit. */
        public NewAccount(String username, AccountDetails details, String departmentCode, String regionCode,
                          Set<String> roles, String temporaryPassword) {
            this(username, details, departmentCode, regionCode, roles, temporaryPassword, null);
        }
    }
}
