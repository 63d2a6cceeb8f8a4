package cn.gov.hlj.consumptionaid.shared.ui;

import com.vaadin.flow.server.auth.NavigationAccessChecker;

/**
 * A module's rule that narrows the menu beyond {@code @RolesAllowed} (a view a role may open but only some holders of
 * it may use). Spring beans of this type are added to the portal's navigation access control. A rule should stay
 * neutral while actually navigating when its view checks on entering and explains itself there.
 */
public interface MenuAccessRule extends NavigationAccessChecker {
}
