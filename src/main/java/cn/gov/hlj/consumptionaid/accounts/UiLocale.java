package cn.gov.hlj.consumptionaid.accounts;

import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.server.VaadinSession;

import java.util.Locale;
import java.util.Optional;

/**
 * The UI language: Chinese unless the visitor chose English in this session or, once signed in, saved English as
 * their preference. Browsers' Accept-Language is deliberately ignored — the portal is Chinese first.
 */
public final class UiLocale {

    static final String SESSION_ATTRIBUTE = UiLocale.class.getName();

    private UiLocale() {
    }

    /** The language for a new UI: this session's choice, else the user's saved preference, else Chinese. */
    public static Locale resolve(Optional<AppUser> user) {
        var session = VaadinSession.getCurrent();
        var chosen = session == null ? null : (Locale) session.getAttribute(SESSION_ATTRIBUTE);
        if (chosen != null) {
            return chosen;
        }
        return PortalI18NProvider.supported(user.map(AppUser::locale).orElse(PortalI18NProvider.CHINESE));
    }

    /** Switches the current UI and session to a language; components observing locale changes re-translate. */
    public static void choose(Locale locale) {
        var supported = PortalI18NProvider.supported(locale);
        var session = VaadinSession.getCurrent();
        if (session != null) {
            session.setAttribute(SESSION_ATTRIBUTE, supported);
            session.setLocale(supported);
        }
        var ui = UI.getCurrent();
        if (ui != null) {
            ui.setLocale(supported);
        }
    }
}
