package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.CertificationService;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityFilter;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityRow;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityService;
import cn.gov.hlj.consumptionaid.catalog.ReviewLevel;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.RolesAllowed;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * The registry of market entities in the user's region. County reviewers register and edit their county's
 * entities and enter applications for them; everyone in scope can search and export.
 */
@Route("certification/entities")
@RolesAllowed({AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER, AppRoles.SUPERVISOR})
@Menu(title = "catalog.menu.entities", order = 510, icon = "vaadin:factory")
@MenuGroup(MenuGroup.CERTIFICATION)
class EntitiesView extends VerticalLayout implements HasDynamicTitle {

    final TextField text = new TextField();
    final Checkbox blacklistedOnly = new Checkbox();
    final Grid<MarketEntityRow> grid = new Grid<>();
    final Button register = new Button();
    final Button edit = new Button();
    final Button apply = new Button();

    private final MarketEntityService service;
    private final Labels labels;
    private final String regionPrefix;
    private MarketEntityFilter filter = MarketEntityFilter.ALL;

    EntitiesView(MarketEntityService service, CertificationService certification, ReferenceService reference,
                 CurrentUser currentUser) {
        this.service = service;
        this.labels = new Labels(reference, getLocale());
        this.regionPrefix = currentUser.require().scope().regionPrefix();
        setSizeFull();
        boolean county = certification.myLevels().contains(ReviewLevel.COUNTY);

        text.setId("entity-filter-text");
        text.setLabel(getTranslation("catalog.filter.text"));
        text.setPlaceholder(getTranslation("catalog.entity.filter.placeholder"));
        text.setPrefixComponent(VaadinIcon.SEARCH.create());
        text.setClearButtonVisible(true);
        text.setValueChangeMode(ValueChangeMode.LAZY);
        text.addValueChangeListener(e -> filter(filter.withText(e.getValue())));
        blacklistedOnly.setId("entity-filter-blacklisted");
        blacklistedOnly.setLabel(getTranslation("catalog.entity.filter.blacklisted"));
        blacklistedOnly.addValueChangeListener(e -> filter(filter.withBlacklistedOnly(e.getValue())));

        grid.setId("entities-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setSizeFull();
        var export = GridExcelExport.of(grid);
        export.addColumn(MarketEntityRow::creditCode).setHeader(getTranslation("catalog.entity.credit-code"))
                .setSortProperty("creditCode").setAutoWidth(true);
        export.addColumn(MarketEntityRow::name).setHeader(getTranslation("catalog.entity.name"))
                .setSortProperty("name").setFlexGrow(2);
        export.addColumn(r -> getTranslation(r.type().labelKey())).setHeader(getTranslation("catalog.entity.type"))
                .setSortProperty("type");
        export.addColumn(r -> labels.region(r.countyCode())).setHeader(getTranslation("catalog.entity.county"))
                .setSortProperty("countyCode");
        export.addColumn(MarketEntityRow::legalRepresentative)
                .setHeader(getTranslation("catalog.entity.legal-representative"));
        export.addColumn(MarketEntityRow::contact).setHeader(getTranslation("catalog.entity.contact"));
        export.addColumn(r -> r.priority() ? getTranslation("catalog.application.priority") : "")
                .setHeader(getTranslation("catalog.application.priority"));
        export.addColumn(r -> r.blacklisted() ? getTranslation("catalog.entity.blacklisted") : "")
                .setHeader(getTranslation("catalog.entity.blacklisted")).setSortProperty("blacklisted");
        grid.setItems(query -> service.list(filter, toSpringPageRequest(query)).stream(),
                query -> (int) service.count(filter));
        grid.addSelectionListener(e -> {
            var selected = e.getFirstSelectedItem();
            edit.setEnabled(selected.isPresent());
            apply.setEnabled(selected.filter(r -> !r.blacklisted()).isPresent());
        });

        register.setId("entity-register");
        register.setText(getTranslation("catalog.entity.register"));
        register.setIcon(VaadinIcon.PLUS.create());
        register.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        register.addClickListener(e -> new EntityFormDialog(labels.countiesWithin(regionPrefix), null,
                service::register, row -> refresh()).open());
        edit.setId("entity-edit");
        edit.setText(getTranslation("catalog.entity.edit"));
        edit.setEnabled(false);
        edit.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(row ->
                new EntityFormDialog(labels.countiesWithin(regionPrefix), row,
                        form -> service.update(row.id(), row.version(), form), updated -> refresh()).open()));
        apply.setId("entity-apply");
        apply.setText(getTranslation("catalog.entity.apply"));
        apply.setEnabled(false);
        apply.addClickListener(e -> grid.getSelectedItems().stream().findFirst().ifPresent(row ->
                new ApplicationFormDialog(service, reference, row.id(), null,
                        form -> certification.submit(form, null),
                        detail -> getUI().ifPresent(ui -> ui.navigate(ApplicationView.class, detail.row().id())))
                        .open()));
        register.setVisible(county);
        edit.setVisible(county);
        apply.setVisible(county);

        add(new ViewToolbar(getTranslation("catalog.entities.title"), ViewToolbar.group(text, blacklistedOnly),
                register, edit, apply, export.downloadButton("market-entities")));
        addAndExpand(grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.entities.title");
    }

    private void filter(MarketEntityFilter newFilter) {
        filter = newFilter;
        refresh();
    }

    private void refresh() {
        grid.getDataProvider().refreshAll();
    }
}
