package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * How the realm's ID token becomes an {@link AppUser}. The realm's protocol mappers (docker/keycloak/realm.json) put
 * the realm roles into {@code roles}, the department code of the user's department group into {@code department}
 * (a group attribute), the group names into {@code groups} and the region user attribute into {@code region}.
 */
public final class KeycloakClaims {

    public static final String ROLES = "roles";
    public static final String DEPARTMENT = "department";
    public static final String GROUPS = "groups";
    public static final String REGION = "region";
    /** The purchaser code of the user's unit (所在单位), from the user attribute {@code unit}; optional. */
    public static final String UNIT = "unit";

    private KeycloakClaims() {
    }

    /** The user of these claims, or empty when the account lacks a valid region (it cannot be scoped). */
    public static Optional<AppUser> toAppUser(Map<String, Object> claims) {
        var username = string(claims, "preferred_username");
        var region = string(claims, REGION);
        if (username == null || region == null || !region.matches("\\d{6}")) {
            return Optional.empty();
        }
        var roles = new LinkedHashSet<String>();
        strings(claims.get(ROLES)).stream().filter(AppRoles::isRole).forEach(roles::add);
        var locale = string(claims, "locale");
        return Optional.of(new AppUser(username, string(claims, "name"), department(claims), region, roles,
                locale == null ? null : Locale.forLanguageTag(locale), string(claims, UNIT)));
    }

    /** The department attribute, else the first group named like a department code ({@code /FINANCE}). */
    private static String department(Map<String, Object> claims) {
        var department = string(claims, DEPARTMENT);
        if (department != null) {
            return department;
        }
        return strings(claims.get(GROUPS)).stream()
                .map(group -> group.startsWith("/") ? group.substring(1) : group)
                .filter(group -> group.matches("[A-Z][A-Z_]*"))
                .findFirst().orElse(null);
    }

    private static String string(Map<String, Object> claims, String name) {
        var value = claims.get(name);
        if (value instanceof Collection<?> values) {
            value = values.isEmpty() ? null : values.iterator().next();
        }
        return value == null || value.toString().isBlank() ? null : value.toString().trim();
    }

    private static Set<String> strings(Object value) {
        if (value instanceof Collection<?> values) {
            var result = new LinkedHashSet<String>();
            values.forEach(v -> result.add(String.valueOf(v)));
            return result;
        }
        return value == null ? Set.of() : Set.of(value.toString());
    }
}
