package cn.gov.hlj.consumptionaid.dashboard.ui;

import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.component.notification.NotificationVariant;
import com.vaadin.flow.router.BeforeEnterEvent;

/**
 * A department task force's dashboard. Besides the view's {@code @RolesAllowed}, the department is checked: a member
 * of another department is sent to their own dashboard with a message, anyone else is refused. (The menu hides the
 * dashboard from them too, see {@link DashboardMenuAccess}, and the indicator service would refuse the figures.)
 */
abstract class DepartmentDashboardView extends DashboardView {


    final String department;

    DepartmentDashboardView(DashboardServices services, String department) {
        super(services, "dashboard.title." + department, "dashboard.intro." + department);
        this.department = department;
        addClassName("dashboard--" + department.toLowerCase().replace('_', '-'));
    }

    @Override
    boolean mayOpen() {
        return Dashboards.mayOpen(context.user, department);
    }

    @Override
    void refuse(BeforeEnterEvent event) {
        var own = Dashboards.own(context.user);
        if (own.isPresent()) {
            event.forwardTo(own.get());
            var notice = Notification.show(getTranslation("dashboard.error.own-only"), 5000,
                    Notification.Position.TOP_CENTER);
            notice.addThemeVariants(NotificationVariant.LUMO_WARNING);
            return;
        }
        super.refuse(event);
    }
}
