package cn.gov.hlj.consumptionaid.catalog.ui;

import cn.gov.hlj.consumptionaid.catalog.CatalogException;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityRow;
import cn.gov.hlj.consumptionaid.catalog.RecommendationRow;
import cn.gov.hlj.consumptionaid.catalog.RecommendationStatus;
import cn.gov.hlj.consumptionaid.catalog.SupplierRecommendationService;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport;
import cn.gov.hlj.consumptionaid.shared.ui.MenuGroup;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.orderedlayout.HorizontalLayout;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.spring.security.AuthenticationContext;
import jakarta.annotation.security.RolesAllowed;
import org.springframework.security.access.AccessDeniedException;

import java.time.Clock;
import java.time.LocalDate;

/**
 * Supplier recommendation to the 832 platform (“应上尽上”): the eligible entities of the region not yet recommended
 * (a county reviewer recommends them), and the recommendations with their province and national outcome.
 */
@Route("certification/recommendations")
@RolesAllowed({AppRoles.COUNTY_REVIEWER, AppRoles.CITY_REVIEWER, AppRoles.PROVINCE_REVIEWER, AppRoles.SUPERVISOR})
@Menu(title = "catalog.menu.recommendations", order = 530, icon = "vaadin:handshake")
@MenuGroup(MenuGroup.CERTIFICATION)
class RecommendationsView extends VerticalLayout implements HasDynamicTitle {

    final Grid<MarketEntityRow> eligible = new Grid<>();
    final Grid<RecommendationRow> recommendations = new Grid<>();
    final TextField comment = new TextField();
    final DatePicker date = new DatePicker();
    final Button recommend = new Button();
    final Button approve = new Button();
    final Button refuse = new Button();
    final Button admitted = new Button();
    final Button refusedNationally = new Button();

    private final SupplierRecommendationService service;

    RecommendationsView(SupplierRecommendationService service, ReferenceService reference,
                        AuthenticationContext authentication, Clock clock) {
        this.service = service;
        var labels = new Labels(reference, getLocale());
        boolean county = authentication.hasRole(AppRoles.COUNTY_REVIEWER);
        boolean province = authentication.hasRole(AppRoles.PROVINCE_REVIEWER);

        eligible.setId("eligible-grid");
        eligible.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        eligible.setAllRowsVisible(true);
        var eligibleExport = GridExcelExport.of(eligible);
        eligibleExport.addColumn(MarketEntityRow::name).setHeader(getTranslation("catalog.entity.name"));
        eligibleExport.addColumn(MarketEntityRow::creditCode).setHeader(getTranslation("catalog.entity.credit-code"));
        eligibleExport.addColumn(r -> labels.region(r.countyCode())).setHeader(getTranslation("catalog.entity.county"));

        recommendations.setId("recommendations-grid");
        recommendations.addThemeVariants(GridVariant.LUMO_ROW_STRIPES);
        recommendations.setAllRowsVisible(true);
        var export = GridExcelExport.of(recommendations);
        export.addColumn(RecommendationRow::entityName).setHeader(getTranslation("catalog.entity.name"));
        export.addColumn(r -> labels.region(r.countyCode())).setHeader(getTranslation("catalog.entity.county"));
        export.addColumn(r -> getTranslation(r.status().labelKey()))
                .setHeader(getTranslation("catalog.application.status"));
        export.addColumn(RecommendationRow::recommendedBy).setHeader(getTranslation("catalog.recommendation.by"));
        export.addColumn(RecommendationRow::provinceComment).setHeader(getTranslation("catalog.application.comment"));
        export.addColumn(RecommendationRow::nationalDecidedOn)
                .setHeader(getTranslation("catalog.recommendation.national-decided-on"));
        export.addColumn(RecommendationRow::nationalReason).setHeader(getTranslation("catalog.application.reason"));
        recommendations.addSelectionListener(e -> showActions());

        comment.setId("recommendation-comment");
        comment.setLabel(getTranslation("catalog.action.comment-or-reason"));
        comment.setWidth("30em");
        date.setId("recommendation-date");
        date.setLabel(getTranslation("catalog.recommendation.national-decided-on"));
        date.setValue(LocalDate.now(clock));
        action(recommend, "recommendation-recommend", "catalog.recommendation.recommend", () -> eligible
                .getSelectedItems().stream().findFirst().ifPresent(e -> service.recommend(e.id(), comment.getValue())));
        action(approve, "recommendation-approve", "catalog.recommendation.approve", () -> selected()
                .ifPresent(r -> service.review(r.id(), r.version(), true, comment.getValue())));
        action(refuse, "recommendation-refuse", "catalog.recommendation.refuse", () -> selected()
                .ifPresent(r -> service.review(r.id(), r.version(), false, comment.getValue())));
        action(admitted, "recommendation-admitted", "catalog.recommendation.admitted", () -> selected()
                .ifPresent(r -> service.recordNationalOutcome(r.id(), r.version(), true, date.getValue(), null)));
        action(refusedNationally, "recommendation-refused-nationally", "catalog.recommendation.refused-nationally",
                () -> selected().ifPresent(r -> service.recordNationalOutcome(r.id(), r.version(), false,
                        date.getValue(), comment.getValue())));

        add(new ViewToolbar(getTranslation("catalog.recommendations.title"), export.downloadButton("recommendations")));
        if (county) {
            add(new H2(getTranslation("catalog.recommendation.eligible")), eligible, recommend);
        }
        add(new H2(getTranslation("catalog.recommendations.title")), recommendations);
        if (county || province) {
            add(new HorizontalLayout(comment, date));
        }
        if (province) {
            add(new HorizontalLayout(approve, refuse, admitted, refusedNationally));
        }
        refresh();
    }

    @Override
    public String getPageTitle() {
        return getTranslation("catalog.recommendations.title");
    }

    private java.util.Optional<RecommendationRow> selected() {
        return recommendations.getSelectedItems().stream().findFirst();
    }

    private void refresh() {
        eligible.setItems(service.eligibleNotRecommended());
        recommendations.setItems(service.list());
        showActions();
    }

    private void showActions() {
        var status = selected().map(RecommendationRow::status).orElse(null);
        approve.setEnabled(status == RecommendationStatus.RECOMMENDED);
        refuse.setEnabled(status == RecommendationStatus.RECOMMENDED);
        admitted.setEnabled(status == RecommendationStatus.PROVINCE_APPROVED);
        refusedNationally.setEnabled(status == RecommendationStatus.PROVINCE_APPROVED);
    }

    private void action(Button button, String id, String labelKey, Runnable action) {
        button.setId(id);
        button.setText(getTranslation(labelKey));
        button.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        button.addClickListener(e -> {
            try {
                action.run();
                Notifications.success(getTranslation("catalog.action.done"));
                comment.clear();
                refresh();
            } catch (CatalogException ex) {
                Notifications.error(ex.message(this::getTranslation));
            } catch (AccessDeniedException ex) {
                Notifications.error(getTranslation("catalog.error.not-allowed"));
            }
        });
    }
}
