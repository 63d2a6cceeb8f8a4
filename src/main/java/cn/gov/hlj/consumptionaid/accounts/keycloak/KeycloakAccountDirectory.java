package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.directory.AccountRules;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Response;
import org.keycloak.admin.client.CreatedResponseUtil;
import org.keycloak.admin.client.resource.RealmResource;
import org.keycloak.admin.client.resource.UserResource;
import org.keycloak.representations.idm.CredentialRepresentation;
import org.keycloak.representations.idm.EventRepresentation;
import org.keycloak.representations.idm.GroupRepresentation;
import org.keycloak.representations.idm.RoleRepresentation;
import org.keycloak.representations.idm.UserRepresentation;
import org.keycloak.representations.idm.UserSessionRepresentation;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Profile;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

/**
 * The account directory of the {@code keycloak} profile: the realm's users through the Admin REST API, with the
 * service-account client's credentials. The rules are the embedded directory's ({@link AccountRules}); the department
 * is membership of the department's group, the region and phone are user attributes, the roles are realm roles.
 * <p>
 * Delegated administration cannot be expressed as a Keycloak query (region subtrees are code prefixes), so a list
 * reads the realm's users with their roles and groups (one request per role and per department group, not per
 * user) and filters, sorts and pages them here: fine for the few thousand accounts of a provincial portal.
 */
@Service
@Profile("keycloak")
@PreAuthorize("hasAuthority('" + AppRoles.ACCOUNT_MANAGE + "')")
class KeycloakAccountDirectory implements AccountDirectory {

    static final String REGION = "region";
    static final String PHONE = "phone";
    /** The purchaser code of the user's unit (所在单位), mapped into the token as the claim {@code unit}. */
    static final String UNIT = "unit";
    static final String LOCALE = "locale";
    private static final String UPDATE_PASSWORD = "UPDATE_PASSWORD";
    private static final int MAX_USERS = 10_000;
    private static final List<String> LOGIN_EVENT_TYPES = List.of("LOGIN", "LOGIN_ERROR", "LOGOUT", "LOGOUT_ERROR",
            "UPDATE_PASSWORD", "UPDATE_CREDENTIAL", "USER_DISABLED_BY_TEMPORARY_LOCKOUT");
    private static final Logger log = LoggerFactory.getLogger(KeycloakAccountDirectory.class);

    private final KeycloakAdmin admin;
    private final AccountRules rules;
    private final CurrentUser currentUser;

    KeycloakAccountDirectory(KeycloakAdmin admin, AccountRules rules, CurrentUser currentUser) {
        this.admin = admin;
        this.rules = rules;
        this.currentUser = currentUser;
    }

    /** Keycloak's user ids by username, as the last listing found them. */
    private final Map<String, String> idByUsername = new java.util.concurrent.ConcurrentHashMap<>();

    @Override
    public List<AccountRow> list(AccountFilter filter, Pageable pageable) {
        var rows = matching(filter);
        int from = (int) Math.min(pageable.getOffset(), rows.size());
        int to = (int) Math.min(pageable.getOffset() + pageable.getPageSize(), rows.size());
        // Keycloak's user search does not say who is locked by brute-force detection; ask for the rows shown only.
        return call(() -> rows.subList(from, to).stream().map(this::withLockStatus).toList());
    }

    private AccountRow withLockStatus(AccountRow row) {
        var id = idByUsername.get(row.username());
        var status = id == null ? null : realm().attackDetection().bruteForceUserStatus(id);
        boolean locked = status != null && Boolean.TRUE.equals(status.get("disabled"));
        return locked == row.locked() ? row : new AccountRow(row.username(), row.displayName(), row.email(),
                row.phone(), row.departmentCode(), row.regionCode(), row.roles(), row.enabled(), locked,
                row.passwordChangeRequired(), row.unitCode());
    }

    @Override
    public long count(AccountFilter filter) {
        return matching(filter).size();
    }

    @Override
    public Optional<AccountRow> find(String username) {
        return call(() -> user(username).map(user -> toRow(user, realm().users().get(user.getId()))));
    }

    @Override
    public String create(NewAccount account) {
        var username = rules.checkNewUsername(account.username());
        rules.checkDetails(account.details());
        rules.checkAssignment(account.departmentCode(), account.regionCode(), account.roles());
        rules.checkPassword(username, account.temporaryPassword());
        var unitCode = rules.checkUnitCode(account.unitCode());
        return call(() -> {
            if (user(username).isPresent() || !realm().users().searchByUsername(username, true).isEmpty()) {
                throw new AccountException("accounts.error.username-taken", username);
            }
            var group = account.departmentCode() == null ? null : departmentGroup(account.departmentCode());
            var roles = realmRoles(account.roles());
            var representation = new UserRepresentation();
            representation.setUsername(username);
            representation.setEnabled(true);
            applyDetails(representation, account.details());
            attribute(representation, REGION, account.regionCode());
            attribute(representation, UNIT, unitCode);
            // A temporary password: Keycloak asks for a new one at the first login. Created in one request with
            // the user, so a password Keycloak's policy refuses leaves no account behind.
            representation.setCredentials(List.of(password(account.temporaryPassword())));
            String id;
            try (var response = realm().users().create(representation)) {
                refuseIfFailed(response);
                id = CreatedResponseUtil.getCreatedId(response);
            }
            try {
                var user = realm().users().get(id);
                user.roles().realmLevel().add(roles);
                if (group != null) {
                    user.joinGroup(group.getId());
                }
            } catch (RuntimeException e) {
                realm().users().delete(id).close();
                throw e;
            }
            return username;
        });
    }

    @Override
    public void update(String username, AccountDetails details) {
        rules.checkDetails(details);
        call(() -> {
            var user = load(username);
            var representation = user.toRepresentation();
            applyDetails(representation, details);
            update(user, representation);
            return null;
        });
    }

    @Override
    public void edit(String username, AccountDetails details, String departmentCode, String regionCode,
                     Set<String> roles) {
        var current = call(() -> first(load(username).toRepresentation(), UNIT));
        edit(username, details, departmentCode, regionCode, current, roles);
    }

    @Override
    public void edit(String username, AccountDetails details, String departmentCode, String regionCode,
                     String unitCode, Set<String> roles) {
        call(() -> {
            var user = load(username);
            rules.checkDetails(details);
            rules.checkAssignment(departmentCode, regionCode, roles);
            var unit = rules.checkUnitCode(unitCode);
            var group = departmentCode == null ? null : departmentGroup(departmentCode);
            var wanted = realmRoles(roles);
            var representation = user.toRepresentation();
            applyDetails(representation, details);
            attribute(representation, REGION, regionCode);
            attribute(representation, UNIT, unit);
            update(user, representation);
            assignGroup(user, group);
            assignRoles(user, wanted);
            return null;
        });
    }

    @Override
    public Set<String> grantableRoles() {
        return rules.grantableRoles();
    }

    @Override
    public void setEnabled(String username, boolean enabled) {
        rules.refuseDisablingSelf(username, enabled);
        call(() -> {
            var user = load(username);
            var representation = user.toRepresentation();
            representation.setEnabled(enabled);
            update(user, representation);
            if (!enabled) {
                user.logout(); // a disabled account keeps no open session
            }
            return null;
        });
    }

    @Override
    public void resetPassword(String username, String temporaryPassword) {
        rules.checkPassword(username, temporaryPassword);
        call(() -> {
            var user = load(username);
            try {
                user.resetPassword(password(temporaryPassword));
            } catch (WebApplicationException e) {
                throw refusal(e.getResponse());
            }
            return null;
        });
    }

    @Override
    public void assignRoles(String username, Set<String> roles) {
        call(() -> {
            var user = load(username);
            var row = toRow(user.toRepresentation(), user);
            rules.checkAssignment(row.departmentCode(), row.regionCode(), roles);
            assignRoles(user, realmRoles(roles));
            return null;
        });
    }

    @Override
    public void assignDepartmentAndRegion(String username, String departmentCode, String regionCode) {
        call(() -> {
            var user = load(username);
            var row = toRow(user.toRepresentation(), user);
            rules.checkAssignment(departmentCode, regionCode, row.roles());
            var group = departmentCode == null ? null : departmentGroup(departmentCode);
            var representation = user.toRepresentation();
            attribute(representation, REGION, regionCode);
            update(user, representation);
            assignGroup(user, group);
            return null;
        });
    }

    @Override
    @PreAuthorize("isAuthenticated()")
    public void setOwnLocale(Locale locale) {
        var username = currentUser.require().username();
        try {
            realm().users().searchByUsername(username, true).stream().findFirst().ifPresent(found -> {
                var user = realm().users().get(found.getId());
                var representation = user.toRepresentation();
                attribute(representation, LOCALE, locale.toLanguageTag());
                user.update(representation);
            });
        } catch (ProcessingException | WebApplicationException e) {
            // The language is chosen for this session anyway; only remembering it failed.
            log.warn("Could not save the language of {} in Keycloak: {}", username, e.toString());
        }
    }

    @Override
    public boolean activityAvailable() {
        return true;
    }

    @Override
    public List<SessionRow> sessions(String username) {
        return call(() -> load(username).getUserSessions().stream()
                .map(KeycloakAccountDirectory::toSessionRow)
                .sorted(Comparator.comparing(SessionRow::started).reversed())
                .toList());
    }

    @Override
    public void endSession(String username, String sessionId) {
        call(() -> {
            var user = load(username);
            // Only a session of this account: the id comes from the browser.
            boolean own = user.getUserSessions().stream().anyMatch(s -> s.getId().equals(sessionId));
            if (!own) {
                throw new AccountException("accounts.error.session-not-found");
            }
            realm().deleteSession(sessionId, false);
            return null;
        });
    }

    @Override
    public List<LoginEventRow> recentLoginEvents(String username, int max) {
        return call(() -> {
            var id = user(username).orElseThrow(() -> new AccountException("accounts.error.not-found", username))
                    .getId();
            return realm().getEvents(LOGIN_EVENT_TYPES, null, id, null, null, null, 0, max).stream()
                    .map(KeycloakAccountDirectory::toEventRow)
                    .toList();
        });
    }

    // --- reading ---

    private List<AccountRow> matching(AccountFilter filter) {
        return call(() -> {
            var snapshot = snapshot();
            var text = filter.text() == null || filter.text().isBlank() ? null
                    : filter.text().trim().toLowerCase(Locale.ROOT);
            return snapshot.stream()
                    .filter(row -> rules.manageable(row.departmentCode(), row.regionCode()))
                    .filter(row -> text == null || row.username().toLowerCase(Locale.ROOT).contains(text)
                            || row.displayName().toLowerCase(Locale.ROOT).contains(text))
                    .filter(row -> filter.departmentCode() == null
                            || filter.departmentCode().equals(row.departmentCode()))
                    .filter(row -> filter.role() == null || row.roles().contains(filter.role()))
                    .filter(row -> filter.enabled() == null || filter.enabled() == row.enabled())
                    .sorted(Comparator.comparing(AccountRow::username))
                    .toList();
        });
    }

    /** Every user with a region (service accounts have none), with roles and department from bulk requests. */
    private List<AccountRow> snapshot() {
        var realm = realm();
        Map<String, Set<String>> rolesByUser = new HashMap<>();
        for (var role : AppRoles.ROLES) {
            for (var member : realm.roles().get(role).getUserMembers(true, 0, MAX_USERS)) {
                rolesByUser.computeIfAbsent(member.getId(), id -> new HashSet<>()).add(role);
            }
        }
        Map<String, String> departmentByUser = new HashMap<>();
        for (var group : realm.groups().groups()) {
            for (var member : realm.groups().group(group.getId()).members(0, MAX_USERS, true)) {
                departmentByUser.putIfAbsent(member.getId(), group.getName());
            }
        }
        var rows = new ArrayList<AccountRow>();
        for (var user : realm.users().search(null, 0, MAX_USERS, false)) {
            var region = first(user, REGION);
            if (region == null || user.getServiceAccountClientId() != null) {
                continue;
            }
            idByUsername.put(user.getUsername(), user.getId());
            rows.add(row(user, departmentByUser.get(user.getId()), rolesByUser.getOrDefault(user.getId(), Set.of()),
                    false));
        }
        return rows;
    }

    private AccountRow toRow(UserRepresentation user, UserResource resource) {
        var department = resource.groups().stream().map(GroupRepresentation::getName).findFirst().orElse(null);
        var roles = new LinkedHashSet<String>();
        resource.roles().realmLevel().listAll().stream().map(RoleRepresentation::getName)
                .filter(AppRoles::isRole).forEach(roles::add);
        var status = realm().attackDetection().bruteForceUserStatus(user.getId());
        boolean locked = status != null && Boolean.TRUE.equals(status.get("disabled"));
        return row(user, department, roles, locked);
    }

    private static AccountRow row(UserRepresentation user, String department, Set<String> roles, boolean locked) {
        var name = user.getFirstName() == null || user.getFirstName().isBlank() ? user.getUsername()
                : (user.getFirstName() + " " + (user.getLastName() == null ? "" : user.getLastName())).trim();
        var required = user.getRequiredActions() != null && user.getRequiredActions().contains(UPDATE_PASSWORD);
        return new AccountRow(user.getUsername(), name, user.getEmail(), first(user, PHONE), department,
                first(user, REGION), roles, Boolean.TRUE.equals(user.isEnabled()), locked, required,
                first(user, UNIT));
    }

    /** The user, if it exists and the signed-in administrator may manage it. */
    private Optional<UserRepresentation> user(String username) {
        if (username == null) {
            return Optional.empty();
        }
        return realm().users().searchByUsername(username, true).stream()
                .filter(user -> user.getServiceAccountClientId() == null)
                .findFirst()
                .filter(user -> {
                    var resource = realm().users().get(user.getId());
                    var department = resource.groups().stream().map(GroupRepresentation::getName).findFirst()
                            .orElse(null);
                    return first(user, REGION) != null && rules.manageable(department, first(user, REGION));
                });
    }

    private UserResource load(String username) {
        var user = user(username).orElseThrow(() -> new AccountException("accounts.error.not-found", username));
        return realm().users().get(user.getId());
    }

    // --- writing ---

    private static void applyDetails(UserRepresentation user, AccountDetails details) {
        user.setFirstName(details.displayName().trim());
        user.setLastName("");
        user.setEmail(AccountRules.blankToNull(details.email()));
        attribute(user, PHONE, AccountRules.blankToNull(details.phone()));
    }

    private static void attribute(UserRepresentation user, String name, String value) {
        var attributes = user.getAttributes() == null ? new HashMap<String, List<String>>()
                : new HashMap<>(user.getAttributes());
        if (value == null) {
            attributes.remove(name);
        } else {
            attributes.put(name, List.of(value));
        }
        user.setAttributes(attributes);
    }

    private static String first(UserRepresentation user, String attribute) {
        var values = user.getAttributes() == null ? null : user.getAttributes().get(attribute);
        return values == null || values.isEmpty() ? null : values.getFirst();
    }

    private static CredentialRepresentation password(String value) {
        var credential = new CredentialRepresentation();
        credential.setType(CredentialRepresentation.PASSWORD);
        credential.setValue(value);
        credential.setTemporary(true);
        return credential;
    }

    private static void update(UserResource user, UserRepresentation representation) {
        try {
            user.update(representation);
        } catch (WebApplicationException e) {
            throw refusal(e.getResponse());
        }
    }

    private void assignGroup(UserResource user, GroupRepresentation wanted) {
        for (var group : user.groups()) {
            if (wanted == null || !group.getId().equals(wanted.getId())) {
                user.leaveGroup(group.getId());
            }
        }
        if (wanted != null) {
            user.joinGroup(wanted.getId());
        }
    }

    private static void assignRoles(UserResource user, List<RoleRepresentation> wanted) {
        var names = wanted.stream().map(RoleRepresentation::getName).toList();
        var current = user.roles().realmLevel().listAll();
        var remove = current.stream().filter(role -> AppRoles.isRole(role.getName()))
                .filter(role -> !names.contains(role.getName())).toList();
        var currentNames = current.stream().map(RoleRepresentation::getName).toList();
        var add = wanted.stream().filter(role -> !currentNames.contains(role.getName())).toList();
        if (!remove.isEmpty()) {
            user.roles().realmLevel().remove(remove);
        }
        if (!add.isEmpty()) {
            user.roles().realmLevel().add(add);
        }
    }

    private GroupRepresentation departmentGroup(String departmentCode) {
        return realm().groups().groups(departmentCode, true, 0, 2, true).stream()
                .filter(group -> group.getName().equals(departmentCode))
                .findFirst()
                .orElseThrow(() -> new AccountException("accounts.error.department-no-group", departmentCode));
    }

    private List<RoleRepresentation> realmRoles(Set<String> roles) {
        return roles.stream().map(role -> realm().roles().get(role).toRepresentation()).toList();
    }

    /** Keycloak's refusal as the portal's message: its password policy, a user-profile validation, a duplicate. */
    private static AccountException refusal(Response response) {
        var body = response.hasEntity() ? response.readEntity(String.class) : "";
        log.warn("Keycloak refused an account change: {} {}", response.getStatus(), body);
        if (response.getStatus() == 409) {
            return new AccountException("accounts.error.keycloak-conflict");
        }
        if (body.contains("invalidPassword") || body.contains("password")) {
            return new AccountException("accounts.password.keycloak-policy");
        }
        return new AccountException("accounts.error.keycloak-refused");
    }

    private static void refuseIfFailed(Response response) {
        if (response.getStatus() != Response.Status.CREATED.getStatusCode()) {
            throw refusal(response);
        }
    }

    private static SessionRow toSessionRow(UserSessionRepresentation session) {
        return new SessionRow(session.getId(), session.getIpAddress(), Instant.ofEpochMilli(session.getStart()),
                Instant.ofEpochMilli(session.getLastAccess()),
                session.getClients() == null ? Set.of() : Set.copyOf(session.getClients().values()));
    }

    private static LoginEventRow toEventRow(EventRepresentation event) {
        return new LoginEventRow(Instant.ofEpochMilli(event.getTime()), event.getType(), event.getIpAddress(),
                event.getError());
    }

    private RealmResource realm() {
        return admin.realm();
    }

    /** Runs a request; Keycloak not answering becomes a message instead of a stack trace. */
    private <T> T call(Supplier<T> request) {
        try {
            return request.get();
        } catch (ProcessingException e) {
            log.warn("Keycloak's Admin API cannot be reached: {}", e.toString());
            throw new AccountException("accounts.error.directory-unavailable");
        } catch (WebApplicationException e) {
            throw refusal(e.getResponse());
        }
    }
}
