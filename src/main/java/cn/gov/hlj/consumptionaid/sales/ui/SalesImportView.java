package cn.gov.hlj.consumptionaid.sales.ui;

import cn.gov.hlj.consumptionaid.sales.SalesImport;
import cn.gov.hlj.consumptionaid.sales.SalesService;
import cn.gov.hlj.consumptionaid.shared.importing.ImportResult;
import cn.gov.hlj.consumptionaid.shared.jobs.JobRunner;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.ImportPanel;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import jakarta.annotation.security.RolesAllowed;

import java.util.Map;

/**
 * Imports a channel's sales export. Only task forces with a sales lens (commerce, cyberspace, development and reform,
 * the supply cooperative, the lead office) import sales, and only rows of their lens. Preview and commit run as
 * background jobs in the shared import panel; after a commit a link opens the rows of the batch.
 */
@Route("data/import/sales")
@RolesAllowed(AppRoles.DEPARTMENT_MEMBER)
@Menu(title = "sales.menu.import", order = 540, icon = "vaadin:upload")
@MenuGroup(MenuGroup.DATA)
class SalesImportView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final ImportPanel panel;
    private final SalesService sales;

    SalesImportView(SalesImport imports, SalesService sales, JobRunner jobs) {
        this.sales = sales;
        setSizeFull();
        setPadding(false);
        panel = new ImportPanel("sales.import.title", new ImportPanel.Importer(imports::preview, imports::commit,
                imports::template, "销售数据导入模板.xlsx", ImportPanel.RECORDS), jobs);
        panel.showAfterCommit(this::batchLink);
        addAndExpand(panel);
    }

    /** A link to the sales list filtered to the rows of the committed (or earlier) batch. */
    private RouterLink batchLink(ImportResult result) {
        var link = new RouterLink(getTranslation("sales.import.show-batch", result.batch().id()), SalesView.class);
        link.setQueryParameters(QueryParameters.simple(Map.of(SalesView.BATCH_PARAMETER,
                String.valueOf(result.batch().id()))));
        link.setId("sales-import-batch-link");
        return link;
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
