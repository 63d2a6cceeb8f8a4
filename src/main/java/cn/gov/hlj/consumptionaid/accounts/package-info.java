/**
 * Identity: roles and permissions ({@code AppRoles}), the signed-in user ({@code CurrentUser}, {@code AppUser}), the data
 * scope every query applies ({@code DataScope}), login (embedded form login, or Keycloak single sign-on in the {@code keycloak} profile) and the account
 * directory. May depend on {@code shared} and {@code reference}.
 */
@ApplicationModule(displayName = "账号与权限 Accounts", allowedDependencies = { "shared", "reference" })
package cn.gov.hlj.consumptionaid.accounts;

import org.springframework.modulith.ApplicationModule;
