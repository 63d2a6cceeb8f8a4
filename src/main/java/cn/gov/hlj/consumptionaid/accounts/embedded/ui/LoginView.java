package cn.gov.hlj.consumptionaid.accounts.embedded.ui;

import cn.gov.hlj.consumptionaid.accounts.UiLocale;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.login.LoginForm;
import com.vaadin.flow.component.login.LoginI18n;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.springframework.security.authentication.DisabledException;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.web.WebAttributes;

import java.util.Locale;

/** The login page of the embedded mode, in Chinese unless the visitor switches to English. */
@Route(value = "login", autoLayout = false)
@AnonymousAllowed
class LoginView extends VerticalLayout implements BeforeEnterObserver, LocaleChangeObserver, HasDynamicTitle {

    final H1 title = new H1();
    final Paragraph subtitle = new Paragraph();
    final LoginForm loginForm = new LoginForm();
    final Button chinese = new Button("中文");
    final Button english = new Button("English");

    /** The texts the form shows now (LoginForm does not hand them out). */
    LoginI18n i18n;

    private String errorKey;

    LoginView() {
        addClassName("login-view");
        setSizeFull();
        setAlignItems(Alignment.CENTER);
        setJustifyContentMode(JustifyContentMode.CENTER);

        title.addClassName("login-title");
        subtitle.addClassName("login-subtitle");
        loginForm.setId("login-form");
        loginForm.setAction("login");
        loginForm.setForgotPasswordButtonVisible(false);
        chinese.setId("login-lang-zh");
        english.setId("login-lang-en");
        for (var button : new Button[] {chinese, english}) {
            button.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_SMALL);
        }
        chinese.addClickListener(e -> switchTo(PortalI18NProvider.CHINESE));
        english.addClickListener(e -> switchTo(PortalI18NProvider.ENGLISH));

        add(title, subtitle, loginForm, new HorizontalLayout(chinese, english));
        translate();
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var parameters = event.getLocation().getQueryParameters().getParameters();
        if (parameters.containsKey("error")) {
            var failure = VaadinSession.getCurrent().getSession()
                    .getAttribute(WebAttributes.AUTHENTICATION_EXCEPTION);
            errorKey = failure instanceof LockedException ? "accounts.login.error.locked"
                    : failure instanceof DisabledException ? "accounts.login.error.disabled"
                    : "accounts.login.error.credentials";
            translate();
            loginForm.setError(true);
        }
    }

    @Override
    public void localeChange(LocaleChangeEvent event) {
        translate();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("accounts.login.page-title");
    }

    private void switchTo(Locale locale) {
        UiLocale.choose(locale);
    }

    private void translate() {
        title.setText(getTranslation("shared.app.title"));
        subtitle.setText(getTranslation("accounts.login.subtitle"));
        i18n = LoginI18n.createDefault();
        var form = new LoginI18n.Form();
        form.setTitle(getTranslation("accounts.login.form-title"));
        form.setUsername(getTranslation("accounts.login.username"));
        form.setPassword(getTranslation("accounts.login.password"));
        form.setSubmit(getTranslation("accounts.login.submit"));
        form.setForgotPassword(getTranslation("accounts.login.forgot"));
        i18n.setForm(form);
        var error = new LoginI18n.ErrorMessage();
        error.setTitle(getTranslation("accounts.login.error.title"));
        error.setMessage(getTranslation(errorKey == null ? "accounts.login.error.credentials" : errorKey));
        error.setUsername(getTranslation("accounts.login.error.username-required"));
        error.setPassword(getTranslation("accounts.login.error.password-required"));
        i18n.setErrorMessage(error);
        loginForm.setI18n(i18n);
    }
}
