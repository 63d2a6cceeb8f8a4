package cn.gov.hlj.consumptionaid.accounts.domain;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;

import java.time.Duration;
import java.time.LocalDateTime;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * An account of the embedded login. The password hash and the login bookkeeping (failed attempts, lock, last login)
 * are not audited: the history records that a password was changed ({@code passwordChangedAt}), not the hashes.
 */
@Entity
@Audited
@Table(name = "user_account")
public class UserAccount {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "username", nullable = false, unique = true, length = 64)
    private String username;

    @NotAudited
    @Column(name = "password_hash", nullable = false, length = 100)
    private String passwordHash;

    @Column(name = "password_changed_at", nullable = false)
    private LocalDateTime passwordChangedAt;

    @Column(name = "password_change_required", nullable = false)
    private boolean passwordChangeRequired;

    @Column(name = "display_name", nullable = false, length = 100)
    private String displayName;

    @Column(name = "email", length = 200)
    private String email;

    @Column(name = "phone", length = 32)
    private String phone;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "unit_code", length = 40)
    private String unitCode;

    @Column(name = "enabled", nullable = false)
    private boolean enabled = true;

    @Column(name = "preferred_locale", length = 16)
    private String preferredLocale;

    @NotAudited
    @Column(name = "failed_attempts", nullable = false)
    private int failedAttempts;

    @NotAudited
    @Column(name = "locked_until")
    private LocalDateTime lockedUntil;

    @NotAudited
    @Column(name = "last_login_at")
    private LocalDateTime lastLoginAt;

    @ElementCollection(fetch = FetchType.EAGER)
    @CollectionTable(name = "user_account_role", joinColumns = @JoinColumn(name = "account_id"))
    @Column(name = "role", nullable = false, length = 40)
    private Set<String> roles = new HashSet<>();

    protected UserAccount() {
    }

    public UserAccount(String username, String displayName, String departmentCode, String regionCode,
                       Set<String> roles, String passwordHash, boolean passwordChangeRequired, LocalDateTime now) {
        this.username = Objects.requireNonNull(username);
        this.displayName = Objects.requireNonNull(displayName);
        this.departmentCode = departmentCode;
        this.regionCode = Objects.requireNonNull(regionCode);
        this.roles = new HashSet<>(roles);
        changePassword(passwordHash, passwordChangeRequired, now);
    }

    public void changePassword(String passwordHash, boolean temporary, LocalDateTime now) {
        this.passwordHash = Objects.requireNonNull(passwordHash);
        this.passwordChangeRequired = temporary;
        this.passwordChangedAt = now;
    }

    public void changeDetails(String displayName, String email, String phone) {
        this.displayName = Objects.requireNonNull(displayName);
        this.email = email;
        this.phone = phone;
    }

    public void assign(String departmentCode, String regionCode) {
        this.departmentCode = departmentCode;
        this.regionCode = Objects.requireNonNull(regionCode);
    }

    /** Links the account to the purchaser it works for (所在单位), or to none. */
    public void assignUnit(String unitCode) {
        this.unitCode = unitCode;
    }

    public void assignRoles(Set<String> roles) {
        this.roles.clear();
        this.roles.addAll(roles);
    }

    public void setEnabled(boolean enabled) {
        this.enabled = enabled;
        if (enabled) {
            failedAttempts = 0;
            lockedUntil = null;
        }
    }

    public void setPreferredLocale(Locale locale) {
        this.preferredLocale = locale == null ? null : locale.toLanguageTag();
    }

    /** Counts a failed login; the account locks for {@code lockFor} once {@code maxAttempts} failures are reached. */
    public void loginFailed(int maxAttempts, Duration lockFor, LocalDateTime now) {
        failedAttempts++;
        if (failedAttempts >= maxAttempts) {
            lockedUntil = now.plus(lockFor);
            failedAttempts = 0;
        }
    }

    public void loginSucceeded(LocalDateTime now) {
        failedAttempts = 0;
        lockedUntil = null;
        lastLoginAt = now;
    }

    public boolean isLocked(LocalDateTime now) {
        return lockedUntil != null && now.isBefore(lockedUntil);
    }

    public Long getId() {
        return id;
    }

    public String getUsername() {
        return username;
    }

    public String getPasswordHash() {
        return passwordHash;
    }

    public boolean isPasswordChangeRequired() {
        return passwordChangeRequired;
    }

    public String getDisplayName() {
        return displayName;
    }

    public String getEmail() {
        return email;
    }

    public String getPhone() {
        return phone;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getUnitCode() {
        return unitCode;
    }

    public boolean isEnabled() {
        return enabled;
    }

    public Locale getPreferredLocale() {
        return preferredLocale == null ? null : Locale.forLanguageTag(preferredLocale);
    }

    public int getFailedAttempts() {
        return failedAttempts;
    }

    public LocalDateTime getLockedUntil() {
        return lockedUntil;
    }

    public LocalDateTime getLastLoginAt() {
        return lastLoginAt;
    }

    public Set<String> getRoles() {
        return Set.copyOf(roles);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof UserAccount other && username != null && username.equals(other.username));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(username);
    }
}
