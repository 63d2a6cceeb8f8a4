package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.directory.AccountRules;
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

/**
 * The account directory of the embedded mode: accounts in the portal's own database. It keeps no sessions or login
 * events of its own ({@link #activityAvailable()} is false; see docs/decisions/2026-11-28-account-directories.md).
 */
@Service
@Profile("!keycloak")
@PreAuthorize("hasAuthority('" + AppRoles.ACCOUNT_MANAGE + "')")
class EmbeddedAccountDirectory implements AccountDirectory {

    private final UserAccountRepository accounts;
    private final PasswordEncoder passwordEncoder;
    private final CurrentUser currentUser;
    private final AccountRules rules;
    private final Clock clock;

    EmbeddedAccountDirectory(UserAccountRepository accounts, PasswordEncoder passwordEncoder,
                             CurrentUser currentUser, AccountRules rules, Clock clock) {
        this.accounts = accounts;
        this.passwordEncoder = passwordEncoder;
        this.currentUser = currentUser;
        this.rules = rules;
        this.clock = clock;
    }

    @Override
    @Transactional(readOnly = true)
    public List<AccountRow> list(AccountFilter filter, Pageable pageable) {
        var sorted = pageable.getSort().isSorted() ? pageable
                : PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), Sort.by("username"));
        return accounts.findAll(UserAccountSpecifications.matching(filter, rules.adminScope()), sorted)
                .map(this::toRow).getContent();
    }

    @Override
    @Transactional(readOnly = true)
    public long count(AccountFilter filter) {
        return accounts.count(UserAccountSpecifications.matching(filter, rules.adminScope()));
    }

    @Override
    @Transactional(readOnly = true)
    public Optional<AccountRow> find(String username) {
        return accounts.findByUsername(username).filter(this::manageable).map(this::toRow);
    }

    @Override
    @Transactional
    public String create(NewAccount account) {
        var username = rules.checkNewUsername(account.username());
        if (accounts.existsByUsername(username)) {
            throw new AccountException("accounts.error.username-taken", username);
        }
        rules.checkDetails(account.details());
        rules.checkAssignment(account.departmentCode(), account.regionCode(), account.roles());
        rules.checkPassword(username, account.temporaryPassword());
        var unitCode = rules.checkUnitCode(account.unitCode());
        var entity = new UserAccount(username, account.details().displayName().trim(), account.departmentCode(),
                account.regionCode(), account.roles(), passwordEncoder.encode(account.temporaryPassword()), true,
                now());
        entity.changeDetails(account.details().displayName().trim(), blankToNull(account.details().email()),
                blankToNull(account.details().phone()));
        entity.assignUnit(unitCode);
        accounts.save(entity);
        return username;
    }

    @Override
    @Transactional
    public void update(String username, AccountDetails details) {
        rules.checkDetails(details);
        var account = load(username);
        account.changeDetails(details.displayName().trim(), blankToNull(details.email()),
                blankToNull(details.phone()));
    }

    @Override
    @Transactional
    public void edit(String username, AccountDetails details, String departmentCode, String regionCode,
                     Set<String> roles) {
        edit(username, details, departmentCode, regionCode, load(username).getUnitCode(), roles);
    }

    @Override
    @Transactional
    public void edit(String username, AccountDetails details, String departmentCode, String regionCode,
                     String unitCode, Set<String> roles) {
        var account = load(username);
        rules.checkDetails(details);
        rules.checkAssignment(departmentCode, regionCode, roles);
        var unit = rules.checkUnitCode(unitCode);
        account.changeDetails(details.displayName().trim(), blankToNull(details.email()),
                blankToNull(details.phone()));
        account.assign(departmentCode, regionCode);
        account.assignUnit(unit);
        account.assignRoles(roles);
    }

    @Override
    public Set<String> grantableRoles() {
        return rules.grantableRoles();
    }

    @Override
    @Transactional
    public void setEnabled(String username, boolean enabled) {
        rules.refuseDisablingSelf(username, enabled);
        load(username).setEnabled(enabled);
    }

    @Override
    @Transactional
    public void resetPassword(String username, String temporaryPassword) {
        rules.checkPassword(username, temporaryPassword);
        load(username).changePassword(passwordEncoder.encode(temporaryPassword), true, now());
    }

    @Override
    @Transactional
    public void assignRoles(String username, Set<String> roles) {
        var account = load(username);
        rules.checkAssignment(account.getDepartmentCode(), account.getRegionCode(), roles);
        account.assignRoles(roles);
    }

    @Override
    @Transactional
    public void assignDepartmentAndRegion(String username, String departmentCode, String regionCode) {
        var account = load(username);
        rules.checkAssignment(departmentCode, regionCode, account.getRoles());
        account.assign(departmentCode, regionCode);
    }

    @Override
    @Transactional
    @PreAuthorize("isAuthenticated()")
    public void setOwnLocale(Locale locale) {
        accounts.findByUsername(currentUser.require().username())
                .ifPresent(account -> account.setPreferredLocale(locale));
    }

    @Override
    public boolean activityAvailable() {
        return false;
    }

    @Override
    @Transactional(readOnly = true)
    public List<SessionRow> sessions(String username) {
        load(username);
        return List.of();
    }

    @Override
    public void endSession(String username, String sessionId) {
        throw new AccountException("accounts.error.activity-unavailable");
    }

    @Override
    @Transactional(readOnly = true)
    public List<LoginEventRow> recentLoginEvents(String username, int max) {
        load(username);
        return List.of();
    }

    private UserAccount load(String username) {
        return accounts.findByUsername(username).filter(this::manageable)
                .orElseThrow(() -> new AccountException("accounts.error.not-found", username));
    }

    /** Whether the signed-in administrator may manage this account (delegated administration). */
    private boolean manageable(UserAccount account) {
        return rules.manageable(account.getDepartmentCode(), account.getRegionCode());
    }

    private AccountRow toRow(UserAccount account) {
        return new AccountRow(account.getUsername(), account.getDisplayName(), account.getEmail(),
                account.getPhone(), account.getDepartmentCode(), account.getRegionCode(), account.getRoles(),
                account.isEnabled(), account.isLocked(now()), account.isPasswordChangeRequired(),
                account.getUnitCode());
    }

    private LocalDateTime now() {
        return LocalDateTime.now(clock);
    }

    private static String blankToNull(String value) {
        return AccountRules.blankToNull(value);
    }
}
