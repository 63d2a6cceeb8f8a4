package cn.gov.hlj.consumptionaid.accounts.embedded;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;

import java.io.Serial;
import java.util.Collection;
import java.util.List;

/** The principal of the embedded form login. */
final class AccountPrincipal implements UserDetails, AppUserPrincipal {

    @Serial
    private static final long serialVersionUID = 1L;

    private final AppUser user;
    private final String passwordHash;
    private final boolean enabled;
    private final boolean locked;
    private final List<GrantedAuthority> authorities;

    AccountPrincipal(AppUser user, String passwordHash, boolean enabled, boolean locked) {
        this.user = user;
        this.passwordHash = passwordHash;
        this.enabled = enabled;
        this.locked = locked;
        this.authorities = AppRoles.authoritiesOf(user.roles()).stream()
                .<GrantedAuthority>map(SimpleGrantedAuthority::new).toList();
    }

    @Override
    public AppUser getAppUser() {
        return user;
    }

    @Override
    public Collection<? extends GrantedAuthority> getAuthorities() {
        return authorities;
    }

    @Override
    public String getPassword() {
        return passwordHash;
    }

    @Override
    public String getUsername() {
        return user.username();
    }

    @Override
    public boolean isAccountNonLocked() {
        return !locked;
    }

    @Override
    public boolean isEnabled() {
        return enabled;
    }

    @Override
    public String toString() {
        return "AccountPrincipal[" + user.username() + "]";
    }
}
