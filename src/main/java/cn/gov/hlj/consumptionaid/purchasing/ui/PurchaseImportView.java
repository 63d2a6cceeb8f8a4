package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.PurchaseImport;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.ImportPanel;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/**
 * Imports a channel's order export (the 832 platform's by default) as purchases: finance for the budget units, the
 * supply and marketing cooperative (which runs 832) for every purchaser, other departments within their lens.
 */
@Route("data/import/purchases")
@RolesAllowed(AppRoles.DEPARTMENT_MEMBER)
@Menu(title = "purchasing.menu.import-purchases", order = 515, icon = "vaadin:upload")
@MenuGroup(MenuGroup.DATA)
class PurchaseImportView extends VerticalLayout implements HasDynamicTitle {

    final ImportPanel panel;

    PurchaseImportView(PurchaseImport imports, JobRunner jobs) {
        setSizeFull();
        setPadding(false);
        panel = new ImportPanel("purchasing.purchase-import.title", new ImportPanel.Importer(imports::preview,
                imports::commit, imports::template, "采购订单导入模板.xlsx", ImportPanel.ENTRIES), jobs);
        addAndExpand(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.purchase-import.title");
    }
}
