package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityFilter;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityRow;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityService;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.formlayout.FormLayout;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.data.domain.PageRequest;
import org.springframework.security.access.AccessDeniedException;

import static com.vaadin.flow.spring.data.VaadinSpringDataHelpers.toSpringPageRequest;

/**
 * 扶贫失信黑名单: the blacklisted market entities of the user's region. Supervisors and the province put an entity on
 * it with reason and evidence (its products leave the catalog at once); only a province reviewer takes it off.
 */
@Route("supervision/blacklist")
@RolesAllowed({AppRoles.SUPERVISOR, AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER})
@Menu(title = "catalog.menu.blacklist", order = 610, icon = "vaadin:ban")
@MenuGroup(MenuGroup.SUPERVISION)
class BlacklistView extends VerticalLayout implements HasDynamicTitle {

    private static final MarketEntityFilter BLACKLISTED = MarketEntityFilter.ALL.withBlacklistedOnly(true);

    final Grid<MarketEntityRow> grid = new Grid<>();
    final ComboBox<MarketEntityRow> entity = new ComboBox<>();
    final TextArea reason = new TextArea();
    final TextArea evidence = new TextArea();
    final Button blacklist = new Button();
    final Button remove = new Button();

    private final MarketEntityService service;

    BlacklistView(MarketEntityService service, ReferenceService reference, AuthenticationContext authentication) {
        this.service = service;
        var labels = new Labels(reference, getLocale());
        setSizeFull();
        boolean mayList = authentication.hasAnyRole(AppRoles.SUPERVISOR, AppRoles.PROVINCE_REVIEWER);
        boolean mayRemove = authentication.hasRole(AppRoles.PROVINCE_REVIEWER);

        grid.setId("blacklist-grid");
        grid.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        grid.setHeight("24em");
        var export = GridExcelExport.of(grid);
        export.addColumn(MarketEntityRow::creditCode).setHeader(getTranslation("catalog.entity.credit-code"))
                .setAutoWidth(true);
        export.addColumn(MarketEntityRow::name).setHeader(getTranslation("catalog.entity.name")).setFlexGrow(2);
        export.addColumn(r -> labels.region(r.countyCode())).setHeader(getTranslation("catalog.entity.county"));
        export.addColumn(MarketEntityRow::blacklistedOn).setHeader(getTranslation("catalog.entity.blacklisted-on"));
        export.addColumn(MarketEntityRow::blacklistReason).setHeader(getTranslation("catalog.entity.blacklist-reason"))
                .setFlexGrow(3);
        grid.setItems(query -> service.list(BLACKLISTED, toSpringPageRequest(query)).stream(),
                query -> (int) service.count(BLACKLISTED));
        grid.addSelectionListener(e -> remove.setEnabled(e.getFirstSelectedItem().isPresent()));

        entity.setId("blacklist-entity");
        entity.setLabel(getTranslation("catalog.entity.name"));
        entity.setItems(query -> service.list(MarketEntityFilter.ALL.withText(query.getFilter().orElse(null)),
                PageRequest.of(query.getPage(), query.getPageSize())).stream());
        entity.setItemLabelGenerator(r -> r.name() + "（" + r.creditCode() + "）");
        reason.setId("blacklist-reason");
        reason.setLabel(getTranslation("catalog.entity.blacklist-reason"));
        evidence.setId("blacklist-evidence");
        evidence.setLabel(getTranslation("catalog.entity.blacklist-evidence"));
        blacklist.setId("blacklist-add");
        blacklist.setText(getTranslation("catalog.blacklist.add"));
        blacklist.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
        blacklist.addClickListener(e -> run(() -> {
            var chosen = entity.getValue();
            if (chosen == null) {
                throw new CatalogException("catalog.error.field-required", "catalog.entity.name");
            }
            service.blacklist(chosen.id(), chosen.version(), reason.getValue(), evidence.getValue());
        }));
        remove.setId("blacklist-remove");
        remove.setText(getTranslation("catalog.blacklist.remove"));
        remove.setEnabled(false);
        remove.addClickListener(e -> run(() -> grid.getSelectedItems().stream().findFirst().ifPresent(row ->
                service.removeFromBlacklist(row.id(), row.version(), reason.getValue()))));

        add(new ViewToolbar(getTranslation("catalog.blacklist.title"), export.downloadButton("blacklist")), grid);
        if (mayList) {
            add(new H2(getTranslation("catalog.blacklist.form.title")), new FormLayout(entity, reason, evidence),
                    blacklist);
        }
        if (mayRemove) {
            add(remove);
        }
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.blacklist.title");
    }

    private void run(Runnable action) {
        try {
            action.run();
            Notifications.success(getTranslation("catalog.action.done"));
            reason.clear();
            evidence.clear();
            entity.clear();
            grid.getDataProvider().refreshAll();
        } catch (CatalogException ex) {
            Notifications.error(ex.message(this::getTranslation));
        } catch (AccessDeniedException ex) {
            Notifications.error(getTranslation("catalog.error.not-allowed"));
        }
    }
}
