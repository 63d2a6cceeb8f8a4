package cn.gov.hlj.consumptionaid.shared.security;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every role and permission name of the portal, in one place.
 * <p>
 * A <em>role</em> is a bundle a user is given (领导, 专班成员, 县级审核员 …); views are guarded by roles with
 * {@code @RolesAllowed}. A <em>permission</em> is what a service method checks with
 * {@code @PreAuthorize("hasAuthority(...)")}. A signed-in user holds {@code ROLE_<role>} for each of their roles plus
 * every permission of those roles ({@link #authoritiesOf}). The names are plain strings so that Keycloak realm roles
 * can carry the same names.
 * <p>
 * This vocabulary lives in the shared kernel because every module guards its services and views with it, while the
 * identity itself (current user, data scope, login, directory) belongs to the {@code accounts} module.
 */
public final class AppRoles {

    // Roles (bundles)
    public static final String LEADER = "LEADER";
    public static final String DEPARTMENT_MEMBER = "DEPARTMENT_MEMBER";
    public static final String COUNTY_REVIEWER = "COUNTY_REVIEWER";
    public static final String CITY_REVIEWER = "CITY_REVIEWER";
    public static final String PROVINCE_REVIEWER = "PROVINCE_REVIEWER";
    public static final String SUPERVISOR = "SUPERVISOR";
    public static final String BULLETIN_EDITOR = "BULLETIN_EDITOR";
    public static final String ADMIN = "ADMIN";

    /** All roles, in the order they are offered when assigning roles. */
    public static final List<String> ROLES = List.of(LEADER, DEPARTMENT_MEMBER, COUNTY_REVIEWER, CITY_REVIEWER,
            PROVINCE_REVIEWER, SUPERVISOR, BULLETIN_EDITOR, ADMIN);

    // Permissions
    public static final String OVERVIEW_VIEW = "overview:view";
    public static final String DASHBOARD_OWN_VIEW = "dashboard:view-own";
    public static final String DASHBOARD_ALL_VIEW = "dashboard:view-all";
    public static final String DATA_IMPORT = "data:import";
    public static final String DATA_EXPORT = "data:export";
    public static final String CERTIFY_COUNTY = "certification:county";
    public static final String CERTIFY_CITY = "certification:city";
    public static final String CERTIFY_PROVINCE = "certification:province";
    public static final String SUPERVISE = "supervision:manage";
    public static final String BULLETIN_EDIT = "bulletin:edit";
    public static final String BULLETIN_DOWNLOAD = "bulletin:download";
    public static final String ACCOUNT_MANAGE = "accounts:manage";
    public static final String REFERENCE_VIEW = "reference:view";
    public static final String REFERENCE_EDIT = "reference:edit";
    public static final String AUDIT_VIEW = "audit:view";

    /** Spring Security's prefix for role authorities ({@code hasRole("ADMIN")} checks {@code ROLE_ADMIN}). */
    public static final String ROLE_PREFIX = "ROLE_";

    private static final Map<String, Set<String>> PERMISSIONS = Map.of(
            LEADER, Set.of(OVERVIEW_VIEW, DASHBOARD_ALL_VIEW, DASHBOARD_OWN_VIEW, BULLETIN_DOWNLOAD, DATA_EXPORT,
                    REFERENCE_VIEW),
            DEPARTMENT_MEMBER, Set.of(DASHBOARD_OWN_VIEW, DATA_IMPORT, DATA_EXPORT, REFERENCE_VIEW),
            COUNTY_REVIEWER, Set.of(CERTIFY_COUNTY, DATA_EXPORT, REFERENCE_VIEW),
            CITY_REVIEWER, Set.of(CERTIFY_CITY, DATA_EXPORT, REFERENCE_VIEW),
            PROVINCE_REVIEWER, Set.of(CERTIFY_PROVINCE, DATA_EXPORT, REFERENCE_VIEW),
            SUPERVISOR, Set.of(SUPERVISE, AUDIT_VIEW, DATA_EXPORT, REFERENCE_VIEW),
            BULLETIN_EDITOR, Set.of(BULLETIN_EDIT, BULLETIN_DOWNLOAD, OVERVIEW_VIEW, DATA_EXPORT, REFERENCE_VIEW),
            ADMIN, Set.of(ACCOUNT_MANAGE, REFERENCE_EDIT, REFERENCE_VIEW, AUDIT_VIEW, DATA_EXPORT));

    private AppRoles() {
    }

    public static boolean isRole(String name) {
        return PERMISSIONS.containsKey(name);
    }

    /** The permissions of one role; an unknown role has none. */
    public static Set<String> permissionsOf(String role) {
        return PERMISSIONS.getOrDefault(role, Set.of());
    }

    /** The Spring Security authorities of a user with these roles: {@code ROLE_x} per role plus their permissions. */
    public static Set<String> authoritiesOf(Iterable<String> roles) {
        var authorities = new LinkedHashSet<String>();
        for (var role : roles) {
            if (isRole(role)) {
                authorities.add(ROLE_PREFIX + role);
                authorities.addAll(permissionsOf(role));
            }
        }
        return authorities;
    }

    /** The i18n key of a role's display name. */
    public static String labelKey(String role) {
        return "shared.role." + role;
    }
}
