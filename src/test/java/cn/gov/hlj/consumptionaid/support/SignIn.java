package cn.gov.hlj.consumptionaid.support;

import cn.gov.hlj.consumptionaid.accounts.AppUser;
import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.AuthenticatedPrincipal;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

import java.util.Set;

/**
 * Signs in, in the application's own security context strategy, as a demo account or as a made-up user (e.g. a
 * department member of one prefecture), for tests that call secured services directly.
 */
public final class SignIn {

    private record Principal(AppUser appUser) implements AppUserPrincipal, AuthenticatedPrincipal {

        /** The name the audit trail records. */
        @Override
        public String getName() {
            return appUser.username();
        }

        @Override
        public AppUser getAppUser() {
            return appUser;
        }
    }

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy holder;

    public SignIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.users = users;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public void as(String username) {
        var user = users.loadUserByUsername(username);
        set(UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities()));
    }

    /** A user who exists only in this test: department, region and roles as given. */
    public void as(String department, String region, String... roles) {
        var user = new AppUser("test-" + region, "测试用户", department, region, Set.of(roles), null);
        var authorities = AppRoles.authoritiesOf(Set.of(roles)).stream().map(SimpleGrantedAuthority::new).toList();
        set(UsernamePasswordAuthenticationToken.authenticated(new Principal(user), null, authorities));
    }

    private void set(UsernamePasswordAuthenticationToken authentication) {
        var context = holder.createEmptyContext();
        context.setAuthentication(authentication);
        holder.setContext(context);
    }

    public void out() {
        holder.clearContext();
    }
}
