package cn.gov.hlj.consumptionaid.accounts.keycloak;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.OidcUserInfo;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import java.io.Serial;
import java.util.Collection;

/**
 * The principal of the Keycloak login: the OpenID Connect user, which is also the portal's {@link AppUser}, so
 * {@code CurrentUser}, {@code DataScope} and {@code @RolesAllowed} work as with the embedded login.
 */
final class KeycloakUser extends DefaultOidcUser implements AppUserPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    KeycloakUser(Collection<? extends GrantedAuthority> authorities, OidcIdToken idToken, OidcUserInfo userInfo) {
        super(authorities, idToken, userInfo, "preferred_username");
    }

    /** Built from the claims on each call: the claims are what is kept in the session (and serialisable). */
    @Override
    public AppUser getAppUser() {
        return KeycloakClaims.toAppUser(getClaims())
                .orElseThrow(() -> new IllegalStateException("The ID token lacks the portal's claims"));
    }

    @Override
    public String toString() {
        return "KeycloakUser[" + getName() + "]";
    }
}
