package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.context.event.EventListener;
import org.springframework.security.authentication.event.InteractiveAuthenticationSuccessEvent;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.RequestContextHolder;

/**
 * Where a user lands after signing in: a leader on the overview, a task-force member on their department's
 * dashboard, everyone else on the home page as before.
 * <p>
 * Both logins (the embedded form and Keycloak's OpenID Connect) end in Spring Security's interactive sign-in, which
 * publishes {@link InteractiveAuthenticationSuccessEvent} during the sign-in request and then redirects to the page
 * asked for, usually the root. The event leaves a mark in the HTTP session; the first navigation of the session after
 * it takes the mark away and, when it goes to the root, goes to the user's dashboard instead. A deep link (a
 * bookmark that asked for sign-in) is honoured, and the home page stays reachable from the menu afterwards.
 */
@Component
class SignInLanding implements VaadinServiceInitListener {

    static final String PENDING = SignInLanding.class.getName() + ".pending";

    private final CurrentUser currentUser;

    SignInLanding(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @EventListener
    void signedIn(InteractiveAuthenticationSuccessEvent event) {
        var request = RequestContextHolder.getRequestAttributes();
        if (request != null) {
            request.setAttribute(PENDING, Boolean.TRUE, RequestAttributes.SCOPE_SESSION);
        }
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().addBeforeEnterListener(this::land));
    }

    void land(BeforeEnterEvent event) {
        var session = event.getUI().getSession().getSession();
        if (session == null || session.getAttribute(PENDING) == null) {
            return;
        }
        session.removeAttribute(PENDING);
        if (event.getLocation().getPath().isEmpty()) {
            // Without the query of the sign-in redirect (Spring Security's "?continue").
            currentUser.get().flatMap(Dashboards::landing).ifPresent(target -> event.forwardTo(
                    RouteConfiguration.forSessionScope().getUrl(target), QueryParameters.empty()));
        }
    }
}
