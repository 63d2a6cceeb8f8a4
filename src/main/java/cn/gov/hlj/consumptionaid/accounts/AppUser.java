package cn.gov.hlj.consumptionaid.accounts;

import java.util.Locale;
import java.util.Objects;
import java.util.Set;

/**
 * The signed-in user as every module sees them, whichever login (embedded or Keycloak) is active.
 *
 * @param username       the login name
 * @param displayName    the person's name
 * @param departmentCode the department (e.g. {@code FINANCE}), or {@code null} for users who belong to none
 * @param regionCode     the region the user works for (province {@code 230000}, a prefecture or a county)
 * @param roles          role names of {@code AppRoles}
 * @param locale         the preferred UI language, or {@code null} for the portal's default (Chinese)
 * @param unitCode       the purchaser code of the unit the user works for (所在单位), or {@code null}; a user of a
 *                       supervising unit reviews what its subordinate units file
 */
public record AppUser(String username, String displayName, String departmentCode, String regionCode,
                      Set<String> roles, Locale locale, String unitCode) {

    /** A user linked to no unit. */
    public AppUser(String username, String displayName, String departmentCode, String regionCode, Set<String> roles,
                   Locale locale) {
        this(username, displayName, departmentCode, regionCode, roles, locale, null);
    }

    public AppUser {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(regionCode, "regionCode");
        roles = Set.copyOf(roles);
        displayName = displayName == null || displayName.isBlank() ? username : displayName;
        unitCode = unitCode == null || unitCode.isBlank() ? null : unitCode;
    }

    public boolean hasRole(String role) {
        return roles.contains(role);
    }

    /** The data this user may see and change, derived from their roles, department and region. */
    public DataScope scope() {
        return DataScope.of(this);
    }
}
