package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.accounts.PasswordPolicy;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccount;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountRepository;
import cn.gov.hlj.consumptionaid.accounts.domain.UserAccountSpecifications;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

/** The account directory of the embedded mode: accounts in the portal's own database. */
@Service
@Profile("!keycloak")
@PreAuthorize("hasAuthority('" + AppRoles.ACCOUNT_MANAGE + "')")
class EmbeddedAccountDirectory implements AccountDirectory {

    private static final Pattern USERNAME = Pattern.compile("[a-z][a-z0-9._-]{2,63}");
    private static final Pattern EMAIL = Pattern.compile("[^@\\s]+@[^@\\s]+\\.[^@\\s]+");
    private static final Pattern PHONE = Pattern.compile("[0-9+\\- ]{5,32}");

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final ScopeCodes scopeCodes;
    private final Clock clock;

    EmbeddedAccountDirectory(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                             CurrentUser currentUser, ScopeCodes scopeCodes, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.scopeCodes = scopeCodes;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountRow> list(AccountFilter filter, Pageable pageable) {
        var sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return accounts.findAll(UserAccountSpecifications.matching(filter, adminScope()), sorted)
                .map(this::toRow).getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        return accounts.count(UserAccountSpecifications.matching(filter, adminScope()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountRow> find(String username) {
        return accounts.findByUsername(username).filter(this::manageable).map(this::toRow);
    }

    @Override
    @Transactional
    public String create(NewAccount account) {
        var username = account.username() == null ? "" : account.username().trim();
        if (!USERNAME.matcher(username).matches()) {
            throw new AccountException("accounts.error.username-invalid");
        }
        if (accounts.existsByUsername(username)) {
            throw new AccountException("accounts.error.username-taken", username);
        }
        checkDetails(account.details());
        checkAssignment(account.departmentCode(), account.regionCode(), account.roles());
        checkPassword(username, account.temporaryPassword());
        var entity = new UserAccount(username, account.details().displayName().trim(), account.departmentCode(),
                account.regionCode(), account.roles(), passwordEncoder.encode(account.temporaryPassword()), true,
                now());
        entity.changeDetails(account.details().displayName().trim(), blankToNull(account.details().email()),
                blankToNull(account.details().phone()));
        accounts.save(entity);
        return username;
    }

    @Override
    @Transactional
    public void update(String username, AccountDetails details) {
        checkDetails(details);
        var account = load(username);
        account.changeDetails(details.displayName().trim(), blankToNull(details.email()),
                blankToNull(details.phone()));
    }

    @Override
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        if (!enabled && username.equals(currentUser.require().username())) {
            throw new AccountException("accounts.error.cannot-disable-self");
        }
        load(username).setEnabled(enabled);
    }

    @Override
    @Transactional
    public void resetPassword(String username, String temporaryPassword) {
        checkPassword(username, temporaryPassword);
        load(username).changePassword(passwordEncoder.encode(temporaryPassword), true, now());
    }

    @Override
    @Transactional
    public void assignRoles(String username, Set<String> roles) {
        var account = load(username);
        checkAssignment(account.getDepartmentCode(), account.getRegionCode(), roles);
        account.assignRoles(roles);
    }

    @Override
    @Transactional
    public void assignDepartmentAndRegion(String username, String departmentCode, String regionCode) {
        var account = load(username);
        checkAssignment(departmentCode, regionCode, account.getRoles());
        account.assign(departmentCode, regionCode);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setOwnLocale(Locale locale) {
        accounts.findByUsername(currentUser.require().username())
                .ifPresent(account -> account.setPreferredLocale(locale));
    }

    private UserAccount load(String username) {
        return accounts.findByUsername(username).filter(this::manageable)
                .orElseThrow(() -> new AccountException("accounts.error.not-found", username));
    }

    /** Whether the signed-in administrator may manage this account (delegated administration). */
    private boolean manageable(UserAccount account) {
        var scope = adminScope();
        return scope.coversRegion(account.getRegionCode())
                && (scope.allDepartments() || scope.coversDepartment(account.getDepartmentCode()));
    }

    private DataScope adminScope() {
        return currentUser.require().scope();
    }

    private void checkAssignment(String departmentCode, String regionCode, Set<String> roles) {
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
        AppUser admin = currentUser.require();
        var adminScope = admin.scope();
        var target = new AppUser("target", null, departmentCode, regionCode, roles, null).scope();
        if (!adminScope.contains(target)) {
            throw new AccountException("accounts.error.outside-scope");
        }
        if (!adminScope.allDepartments() && !admin.roles().containsAll(roles)) {
            throw new AccountException("accounts.error.role-beyond-own");
        }
    }

    private static void checkDetails(AccountDetails details) {
        if (details == null || details.displayName() == null || details.displayName().isBlank()) {
            throw new AccountException("accounts.error.name-required");
        }
        if (details.email() != null && !details.email().isBlank() && !EMAIL.matcher(details.email()).matches()) {
            throw new AccountException("accounts.error.email-invalid");
        }
        if (details.phone() != null && !details.phone().isBlank() && !PHONE.matcher(details.phone()).matches()) {
            throw new AccountException("accounts.error.phone-invalid");
        }
    }

    private static void checkPassword(String username, String password) {
        PasswordPolicy.violation(username, password).ifPresent(key -> {
            throw new AccountException(key);
        });
    }

    private AccountRow toRow(UserAccount account) {
        return new AccountRow(account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getPhone(), account.getDepartmentCode(), account.getRegionCode(), account.getRoles(),
                account.isEnabled(), account.isLocked(now()), account.isPasswordChangeRequired());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.trim();
    }
}
