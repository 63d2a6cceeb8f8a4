package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.ApplicationFilter;
import cn.gov.hlj.consumptionaid.catalog.ApplicationRow;
import cn.gov.hlj.consumptionaid.catalog.CertificationService;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import java.time.format.DateTimeFormatter;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The reviewer's work queue: the applications of their region whose turn it is at their level (priority first, then
 * the longest waiting); unticking "awaiting me" shows all applications of the region. A row opens the application.
 */
@Route("certification/queue")
@RolesAllowed({AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER, AppRoles.SUPERVISOR})
@Menu(title = "catalog.menu.queue", order = 500, icon = "vaadin:tasks")
@MenuGroup(MenuGroup.CERTIFICATION)
class WorkQueueView extends VerticalLayout implements HasDynamicTitle {

    static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm");

    final Checkbox awaitingMe = new Checkbox();
    final Select<CertificationStatus> status = new Select<>();
    final TextField text = new TextField();
    final Grid<ApplicationRow> grid = new Grid<>();

    private final CertificationService service;
    private final Labels labels;
    private ApplicationFilter filter;

    WorkQueueView(CertificationService service, ReferenceService reference) {
        this.service = service;
        this.labels = new Labels(reference, getLocale());
        setSizeFull();
        boolean reviewer = !service.myLevels().isEmpty();
        filter = reviewer ? ApplicationFilter.WORK_QUEUE : ApplicationFilter.ALL;

        awaitingMe.setId("queue-awaiting-me");
        awaitingMe.setLabel(getTranslation("catalog.queue.awaiting-me"));
        awaitingMe.setValue(reviewer);
        awaitingMe.setVisible(reviewer);
        awaitingMe.addValueChangeListener(e -> filter(new ApplicationFilter(e.getValue(), filter.status(),
                filter.regionCode(), filter.text())));

        status.setId("queue-status");
        status.setLabel(getTranslation("catalog.application.status"));
        status.setItems(CertificationStatus.values());
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("catalog.filter.all"));
        status.setItemLabelGenerator(s -> s == null ? getTranslation("catalog.filter.all")
                : getTranslation(s.labelKey()));
        status.addValueChangeListener(e -> filter(filter.withStatus(e.getValue())));

        text.setId("queue-text");
        text.setLabel(getTranslation("catalog.filter.text"));
        text.setPlaceholder(getTranslation("catalog.filter.text.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filter(filter.withText(e.getValue())));

        grid.setId("queue-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var export = GridExcelExport.of(grid);
        export.addColumn(r -> r.priority() ? getTranslation("catalog.application.priority") : "")
                .setHeader(getTranslation("catalog.application.priority")).setSortProperty("priority")
                .setAutoWidth(true).setFlexGrow(0);
        export.addColumn(ApplicationRow::productName).setHeader(getTranslation("catalog.application.product-name"))
                .setSortProperty("productName").setFlexGrow(2);
        export.addColumn(ApplicationRow::producerName).setHeader(getTranslation("catalog.application.producer"))
                .setSortProperty("entity.name").setFlexGrow(2);
        export.addColumn(r -> labels.region(r.countyCode())).setHeader(getTranslation("catalog.entity.county"))
                .setSortProperty("countyCode");
        export.addColumn(r -> labels.category(r.categoryCode()))
                .setHeader(getTranslation("catalog.application.category")).setSortProperty("categoryCode");
        export.addColumn(r -> getTranslation(r.status().labelKey()))
                .setHeader(getTranslation("catalog.application.status")).setSortProperty("status").setFlexGrow(2);
        export.addColumn(ApplicationRow::poorPeopleDriven)
                .setHeader(getTranslation("catalog.application.poor-people-driven"))
                .setSortProperty("poorPeopleDriven");
        export.addColumn(ApplicationRow::commodityValue)
                .setHeader(getTranslation("catalog.application.commodity-value")).setSortProperty("commodityValue");
        export.register(grid.addColumn(r -> r.lastStepAt().format(DATE_TIME))
                        .setHeader(getTranslation("catalog.application.last-step-at")).setSortProperty("lastStepAt"),
                ApplicationRow::lastStepAt);
        grid.setItems(query -> service.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
        grid.addItemClickListener(e -> open(e.getItem()));

        add(new ViewToolbar(getTranslation("catalog.queue.title"), ViewToolbar.group(awaitingMe, status, text),
                export.downloadButton("certification-queue")));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.queue.title");
    }

    void open(ApplicationRow row) {
        getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, row.id()));
    }

    private void filter(ApplicationFilter newFilter) {
        filter = newFilter;
        grid.getDataProvider().refreshAll();
    }
}
