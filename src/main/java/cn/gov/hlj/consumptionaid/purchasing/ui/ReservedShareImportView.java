package cn.gov.hlj.consumptionaid.purchasing.ui;

import cn.gov.hlj.consumptionaid.purchasing.ReservedShareImport;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.ImportPanel;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

/** Imports budget units' reserved shares (预留份额) of a year. */
@Route("data/import/reserved-shares")
@RolesAllowed(AppRoles.DEPARTMENT_MEMBER)
@Menu(title = "purchasing.menu.import-reserved-shares", order = 520, icon = "vaadin:upload")
@MenuGroup(MenuGroup.DATA)
class ReservedShareImportView extends VerticalLayout implements HasDynamicTitle {

    final ImportPanel panel;

    ReservedShareImportView(ReservedShareImport imports, JobRunner jobs) {
        setSizeFull();
        setPadding(false);
        panel = new ImportPanel("purchasing.import.reserved-shares.title", new ImportPanel.Importer(
                imports::preview, imports::commit, imports::template, "预留份额导入模板.xlsx", ImportPanel.ENTRIES),
                jobs);
        addAndExpand(panel);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("purchasing.import.reserved-shares.title");
    }
}
