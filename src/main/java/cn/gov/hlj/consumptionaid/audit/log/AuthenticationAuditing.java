package cn.gov.hlj.consumptionaid.audit.log;

import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.audit.SecurityEventType;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.AbstractAuthenticationFailureEvent;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.authentication.event.LogoutSuccessEvent;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.authentication.WebAuthenticationDetails;
import org.springframework.stereotype.Component;

/**
 * Records sign-ins, failed sign-ins and sign-outs from Spring Security's authentication events, which both login
 * modes publish (form login against the embedded accounts and Keycloak's OpenID Connect login).
 */
@Component
class AuthenticationAuditing {

    private final SecurityEventLog events;

    AuthenticationAuditing(SecurityEventLog events) {
        this.events = events;
    }

    @EventListener
    public void onSuccess(AuthenticationSuccessEvent event) {
        // InteractiveAuthenticationSuccessEvent (a subclass) follows for the same login: record the login once.
        if (event.getClass() != AuthenticationSuccessEvent.class) {
            return;
        }
        record(SecurityEventType.LOGIN, event.getAuthentication(), null);
    }

    @EventListener
    public void onFailure(AbstractAuthenticationFailureEvent event) {
        record(SecurityEventType.LOGIN_FAILED, event.getAuthentication(),
                event.getException().getClass().getSimpleName());
    }

    @EventListener
    public void onLogout(LogoutSuccessEvent event) {
        record(SecurityEventType.LOGOUT, event.getAuthentication(), null);
    }

    private void record(SecurityEventType type, Authentication authentication, String detail) {
        var username = authentication.getName();
        events.record(new SecurityEventLog.Event(type, username == null || username.isBlank() ? "?" : username,
                username == null || username.isBlank() ? "?" : username, regionOf(authentication),
                ipOf(authentication), null, null, detail));
    }

    static String regionOf(Authentication authentication) {
        return authentication.getPrincipal() instanceof AppUserPrincipal principal
                ? principal.getAppUser().regionCode() : null;
    }

    static String ipOf(Authentication authentication) {
        return authentication.getDetails() instanceof WebAuthenticationDetails details
                ? details.getRemoteAddress() : null;
    }
}
