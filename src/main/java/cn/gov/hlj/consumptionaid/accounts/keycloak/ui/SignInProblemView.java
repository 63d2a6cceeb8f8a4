package cn.gov.hlj.consumptionaid.accounts.keycloak.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

import java.util.List;

/**
 * What the visitor sees when single sign-on cannot go on: Keycloak does not answer, the account lacks its region, or
 * the login failed otherwise. Plain words and a way to try again, never a stack trace.
 */
@Route(value = SignInProblemView.ROUTE, autoLayout = false)
@AnonymousAllowed
class SignInProblemView extends VerticalLayout implements BeforeEnterObserver, HasDynamicTitle {

    static final String ROUTE = "sign-in-problem";
    static final String UNAVAILABLE = "unavailable";
    static final String INCOMPLETE = "incomplete";
    static final String FAILED = "failed";
    private static final List<String> REASONS = List.of(UNAVAILABLE, INCOMPLETE, FAILED);

    final H1 title = new H1();
    final H2 heading = new H2();
    final Paragraph explanation = new Paragraph();
    final Anchor retry = new Anchor();

    SignInProblemView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);
        title.addClassName("login-title");
        heading.setId("sign-in-problem-heading");
        explanation.setId("sign-in-problem-text");
        retry.setId("sign-in-problem-retry");
        // A plain link: the login starts outside Vaadin's router, in Spring Security's filter.
        retry.setHref(KeycloakLoginConfiguration.LOGIN_PATH.substring(1));
        retry.setRouterIgnore(true);
        title.setText(getTranslation("shared.app.title"));
        retry.setText(getTranslation("accounts.sso.retry"));
        show(UNAVAILABLE);
        add(title, heading, explanation, retry);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var reason = event.getLocation().getQueryParameters().getSingleParameter("reason").orElse(UNAVAILABLE);
        show(REASONS.contains(reason) ? reason : FAILED);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.sso.page-title");
    }

    private void show(String reason) {
        heading.setText(getTranslation("accounts.sso." + reason + ".heading"));
        explanation.setText(getTranslation("accounts.sso." + reason + ".text"));
    }
}
