package cn.gov.hlj.consumptionaid.sales.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;

/** The sales views' success and error messages. */
final class Notifications {

    private Notifications() {
    }

    static void success(String text) {
        show(text, NotificationVariant.LUMO_SUCCESS);
    }

    static void error(String text) {
        show(text, NotificationVariant.LUMO_ERROR);
    }

    private static void show(String text, NotificationVariant variant) {
        var notification = new Notification(text, 6000, Notification.Position.TOP_CENTER);
        notification.addThemeVariants(variant);
        notification.open();
    }
}
