package cn.gov.hlj.consumptionaid.accounts.ui;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountRow;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.LoginEventRow;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.SessionRow;
import cn.gov.hlj.consumptionaid.accounts.AccountException;
import cn.gov.hlj.consumptionaid.shared.time.ClockConfiguration;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.notification.NotificationVariant;

import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Set;

/** A user's open sessions (each can be ended) and recent login events; with Keycloak only. */
class ActivityDialog extends Dialog {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ClockConfiguration.ZONE);
    private static final Set<String> KNOWN_EVENTS = Set.of("LOGIN", "LOGIN_ERROR", "LOGOUT", "LOGOUT_ERROR",
            "UPDATE_PASSWORD", "UPDATE_CREDENTIAL", "USER_DISABLED_BY_TEMPORARY_LOCKOUT");

    final Paragraph unavailable = new Paragraph();
    final Grid<SessionRow> sessions = new Grid<>();
    final Grid<LoginEventRow> events = new Grid<>();

    private final AccountDirectory directory;
    private final AccountRow row;

    ActivityDialog(AccountDirectory directory, AccountRow row) {
        this.directory = directory;
        this.row = row;
        setId("account-activity");
        setHeaderTitle(getTranslation("accounts.activity.title", row.username()));
        setWidth("900px");
        getFooter().add(new Button(getTranslation("accounts.form.cancel"), e -> close()));
        if (!directory.activityAvailable()) {
            unavailable.setId("account-activity-unavailable");
            unavailable.setText(getTranslation("accounts.activity.unavailable"));
            add(unavailable);
            return;
        }
        sessions.setId("account-sessions");
        sessions.setAllRowsVisible(true);
        sessions.addColumn(SessionRow::ipAddress).setHeader(getTranslation("accounts.session.ip"));
        sessions.addColumn(s -> time(s.started())).setHeader(getTranslation("accounts.session.started"));
        sessions.addColumn(s -> time(s.lastAccess())).setHeader(getTranslation("accounts.session.last-access"));
        sessions.addColumn(s -> String.join("、", s.clients())).setHeader(getTranslation("accounts.session.clients"));
        sessions.addComponentColumn(s -> {
            var end = new Button(getTranslation("accounts.session.end"), e -> endSession(s));
            end.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_SMALL);
            return end;
        });
        sessions.setEmptyStateText(getTranslation("accounts.activity.no-sessions"));
        events.setId("account-events");
        events.addColumn(e -> time(e.time())).setHeader(getTranslation("accounts.event.time"));
        events.addColumn(e -> KNOWN_EVENTS.contains(e.type()) ? getTranslation("accounts.event." + e.type())
                : e.type()).setHeader(getTranslation("accounts.event.type"));
        events.addColumn(LoginEventRow::ipAddress).setHeader(getTranslation("accounts.event.ip"));
        events.addColumn(e -> e.error() == null ? "" : e.error()).setHeader(getTranslation("accounts.event.error"));
        add(new H3(getTranslation("accounts.activity.sessions")), sessions,
                new H3(getTranslation("accounts.activity.events")), events);
        load();
    }

    private void load() {
        try {
            sessions.setItems(directory.sessions(row.username()));
            events.setItems(directory.recentLoginEvents(row.username(), 20));
        } catch (AccountException e) {
            sessions.setItems(List.of());
            AccountsView.notify(getTranslation(e.getMessageKey(), e.getArguments()), NotificationVariant.LUMO_ERROR);
        }
    }

    private void endSession(SessionRow session) {
        try {
            directory.endSession(row.username(), session.id());
        } catch (AccountException e) {
            AccountsView.notify(getTranslation(e.getMessageKey(), e.getArguments()), NotificationVariant.LUMO_ERROR);
            return;
        }
        AccountsView.notify(getTranslation("accounts.session.ended"), NotificationVariant.LUMO_SUCCESS);
        load();
    }

    private static String time(Instant instant) {
        return instant == null ? "" : TIME.format(instant);
    }
}
