package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.sales.SalesImport;
import cn.gov.hlj.consumptionaid.sales.SalesService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Imports a channel's sales export. Only task forces with a sales lens (commerce, cyberspace, development and reform,
 * the supply cooperative, the lead office) import sales, and only rows of their lens.
 */
@Route("data/import/sales")
@RolesAllowed(AppRoles.DEPARTMENT_MEMBER)
@Menu(title = "sales.menu.import", order = 540, icon = "vaadin:upload")
@MenuGroup(MenuGroup.DATA)
class SalesImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final SalesImportPanel panel;
    private final SalesService sales;

    SalesImportView(SalesImport imports, SalesService sales) {
        this.sales = sales;
        setSizeFull();
        setPadding(false);
        panel = new SalesImportPanel(imports);
        addAndExpand(panel);
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (sales.lens().isEmpty()) {
            event.rerouteToError(AccessDeniedException.class, getTranslation("sales.error.no-lens"));
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("sales.import.title");
    }
}
