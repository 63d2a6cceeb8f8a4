package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.PurchaserImport;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.ImportPanel;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Imports purchasers (budget units, schools, hospitals, SOEs, private firms …) within the department's lens. */
@Route("data/import/purchasers")
@RolesAllowed(AppRoles.DEPARTMENT_MEMBER)
@Menu(title = "purchasing.menu.import-purchasers", order = 510, icon = "vaadin:upload")
@MenuGroup(MenuGroup.DATA)
class PurchaserImportView extends VerticalLayout implements HasDynamicTitle {

    final ImportPanel panel;

    PurchaserImportView(PurchaserImport imports, JobRunner jobs) {
        setSizeFull();
        setPadding(false);
        panel = new ImportPanel("purchasing.import.title", new ImportPanel.Importer(imports::preview,
                imports::commit, imports::template, "采购人导入模板.xlsx", ImportPanel.ENTRIES), jobs);
        addAndExpand(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.import.title");
    }
}
