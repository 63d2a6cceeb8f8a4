package cn.gov.hlj.consumptionaid.accounts;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.stereotype.Component;

import java.util.Optional;

/** The user of the current request or background job, whichever login is active. */
@Component
public class CurrentUser {

    private final SecurityContextHolderStrategy contextHolder;

    /** Uses the application's context holder strategy (Vaadin's, which keeps the context in the UI's session). */
    CurrentUser(ObjectProvider<SecurityContextHolderStrategy> contextHolder) {
        this.contextHolder = contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    public Optional<AppUser> get() {
        var authentication = contextHolder.getContext().getAuthentication();
        if (authentication != null && authentication.getPrincipal() instanceof AppUserPrincipal principal) {
            return Optional.of(principal.getAppUser());
        }
        return Optional.empty();
    }

    /** The signed-in user; fails when there is none, which a secured service never allows to happen. */
    public AppUser require() {
        return get().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }

    /** The data scope of the signed-in user; nothing at all when no user is signed in. */
    public Optional<DataScope> scope() {
        return get().map(AppUser::scope);
    }
}
