package cn.gov.hlj.consumptionaid.bulletin.ui;

import cn.gov.hlj.consumptionaid.accounts.AppUserPrincipal;
import cn.gov.hlj.consumptionaid.bulletin.BulletinAccess;
import cn.gov.hlj.consumptionaid.shared.ui.MenuAccessRule;
import com.vaadin.flow.server.auth.AccessCheckResult;
import com.vaadin.flow.server.auth.NavigationContext;
import org.springframework.security.core.Authentication;
import org.springframework.stereotype.Component;

/**
 * Keeps the bulletin editor out of the menu of task-force members who may edit no bulletin: {@code @RolesAllowed}
 * admits every department member because SASAC's edit the SOE procurement bulletin. While navigating it stays
 * neutral; the view itself refuses those members on entering.
 */
@Component
class BulletinEditorMenuAccess implements MenuAccessRule {

    @Override
    public AccessCheckResult check(NavigationContext context) {
        if (context.getNavigationTarget() != BulletinEditorView.class || context.isNavigating()) {
            return context.neutral();
        }
        if (context.getPrincipal() instanceof Authentication authentication
                && authentication.getPrincipal() instanceof AppUserPrincipal principal
                && BulletinAccess.editsAny(principal.getAppUser())) {
            return context.neutral();
        }
        return context.deny("May edit no bulletin");
    }
}
