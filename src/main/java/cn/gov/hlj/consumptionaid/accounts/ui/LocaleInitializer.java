package cn.gov.hlj.consumptionaid.accounts.ui;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.UiLocale;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Gives every new UI the user's language (see {@link UiLocale}) instead of the browser's. */
@Component
class LocaleInitializer implements VaadinServiceInitListener {

    private final CurrentUser currentUser;

    LocaleInitializer(CurrentUser currentUser) {
        this.currentUser = currentUser;
    }

    @Override
    public void serviceInit(ServiceInitEvent event) {
        event.getSource().addUIInitListener(init -> init.getUI().setLocale(UiLocale.resolve(currentUser.get())));
    }
}
