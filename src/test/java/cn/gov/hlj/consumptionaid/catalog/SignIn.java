package cn.gov.hlj.consumptionaid.catalog;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Signs in as a demo account in the application's own security context strategy, so one test can pass an application
 * from the county reviewer to the city and the province reviewers.
 */
final class SignIn {

    private final UserDetailsService users;
    private final SecurityContextHolderStrategy holder;

    SignIn(UserDetailsService users, ObjectProvider<SecurityContextHolderStrategy> holder) {
        this.users = users;
        this.holder = holder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    void as(String username) {
        var user = users.loadUserByUsername(username);
        var context = holder.createEmptyContext();
        context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(user, null,
                user.getAuthorities()));
        holder.setContext(context);
    }

    void out() {
        holder.clearContext();
    }
}
