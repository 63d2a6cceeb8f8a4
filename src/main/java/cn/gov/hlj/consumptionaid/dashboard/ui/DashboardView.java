package cn.gov.hlj.consumptionaid.dashboard.ui;

import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.shared.ui.ViewToolbar;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.orderedlayout.VerticalLayout;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.function.UnaryOperator;

/**
 * The frame of every dashboard: title and filters on top, the period compared and the data scope under them, a row of
 * key figures, then a responsive grid of chart cards. A dashboard says only which indicators it shows and how
 * ({@link #kpis}, {@link #map}, {@link #ranking}, {@link #share}, {@link #trend}); every figure comes from the
 * {@code IndicatorService}, for the filter and within the user's scope, and an indicator the user may not query is
 * left out. Figures load when the view is entered, after the access check, and again on every filter change.
 */
@StyleSheet("context://styles/dashboard.css")
abstract class DashboardView extends VerticalLayout implements HasDynamicTitle, BeforeEnterObserver {

    final DashboardContext context;
    final FilterBar filters;
    final Span caption = new Span();
    final Div cards = new Div();
    final List<DashboardPanel> panels = new ArrayList<>();
    KpiRow kpis;
    MapCard map;

    private final String title;
    private final Div kpiSlot = new Div();
    private final List<UnaryOperator<IndicatorFilter>> filterParts = new ArrayList<>();
    private boolean loaded;

    /** Title and introduction are i18n keys. */
    DashboardView(DashboardServices services, String titleKey, String introKey) {
        this.context = new DashboardContext(services);
        this.title = getTranslation(titleKey);
        addClassName("dashboard");
        setPadding(false);
        setSpacing(false);
        setWidthFull();

        filters = new FilterBar(context);
        filters.addChangeListener(this::refresh);
        var toolbar = new ViewToolbar(title, filters);
        var description = new Paragraph(getTranslation(introKey));
        description.addClassName("dashboard-intro");
        caption.setId("dashboard-caption");
        caption.addClassName("dashboard-caption");
        var heading = new Div(description, caption);
        heading.addClassName("dashboard-heading");
        kpiSlot.addClassName("dashboard-kpi-slot");
        cards.addClassName("dashboard-cards");
        add(toolbar, heading, kpiSlot, cards);
    }

    @Override
    public String getPageTitle() {
        return title;
    }

    /** Whether the signed-in user may open this dashboard. */
    abstract boolean mayOpen();

    /** Sends a user who may not open this dashboard elsewhere, or refuses them. */
    void refuse(BeforeEnterEvent event) {
        event.rerouteToError(AccessDeniedException.class, getTranslation("dashboard.error.not-allowed"));
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        if (!mayOpen()) {
            refuse(event);
            return;
        }
        if (!loaded) {
            loaded = true;
            refresh();
        }
    }

    /** The dashboard's filter: period and region from the filter bar, plus what its cards add (a threshold). */
    IndicatorFilter filter() {
        var filter = filters.filter();
        for (var part : filterParts) {
            filter = part.apply(filter);
        }
        return filter;
    }

    void addFilterPart(UnaryOperator<IndicatorFilter> part) {
        filterParts.add(part);
    }

    /** Asks every indicator again for the current filter. */
    void refresh() {
        var filter = filter();
        var period = filter.period();
        var locale = getLocale();
        var region = context.regionName(filter.regionCode() == null ? context.scope.regionCode()
                : filter.regionCode(), locale);
        caption.setText(getTranslation("dashboard.caption", filters.periodLabel(period),
                filters.periodLabel(period.previous()), region));
        panels.forEach(panel -> panel.refresh(filter));
    }

    // --- the dashboard kit: each adds a part for indicators the user may query, or nothing ---

    KpiRow kpis(Indicator... indicators) {
        kpis = new KpiRow(context, Arrays.asList(indicators));
        kpiSlot.removeAll();
        kpiSlot.add(kpis);
        panels.addFirst(kpis);
        return kpis;
    }

    MapCard map(Indicator indicator) {
        if (!usable(indicator, Dimension.CITY)) {
            return null;
        }
        map = card(new MapCard(context, indicator));
        return map;
    }

    /** Largest first, at most {@code limit} members (0: all). */
    BreakdownCard ranking(Indicator indicator, Dimension dimension, int limit) {
        return breakdown(getTranslation("dashboard.chart.ranking", Display.name(this, indicator),
                getTranslation(dimension.labelKey())), BreakdownCard.Style.RANKING, dimension, limit, indicator);
    }

    /** Several indicators side by side for the members of the first, e.g. reserved and completed by city. */
    BreakdownCard comparison(String title, Dimension dimension, int limit, Indicator... indicators) {
        return breakdown(title, BreakdownCard.Style.RANKING, dimension, limit, indicators);
    }

    BreakdownCard columns(Indicator indicator, Dimension dimension) {
        return breakdown(getTranslation("dashboard.chart.by", Display.name(this, indicator),
                getTranslation(dimension.labelKey())), BreakdownCard.Style.COLUMNS, dimension, 0, indicator);
    }

    BreakdownCard share(Indicator indicator, Dimension dimension) {
        return breakdown(getTranslation("dashboard.chart.share", Display.name(this, indicator),
                getTranslation(dimension.labelKey())), BreakdownCard.Style.SHARE, dimension, 0, indicator);
    }

    TrendCard trend(Indicator indicator) {
        return trend(getTranslation("dashboard.chart.trend", Display.name(this, indicator)), indicator);
    }

    TrendCard trend(String title, Indicator... indicators) {
        var shown = Arrays.stream(indicators).filter(i -> usable(i, null)).toList();
        return shown.isEmpty() ? null : card(new TrendCard(context, title, shown));
    }

    /** The rows an indicator counts as a list with the given columns (see {@link SourceListCard}). */
    SourceListCard list(Indicator indicator, String id, String titleKey,
                        java.util.function.Consumer<cn.gov.hlj.consumptionaid.shared.ui.GridExcelExport<
                                cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow>> columns) {
        return context.visible(indicator) ? card(new SourceListCard(context, indicator, id, titleKey, columns)) : null;
    }

    /** Adds a card of the dashboard's own (a list, a summary). */
    <T extends Component & DashboardPanel> T card(T card) {
        cards.add(card);
        panels.add(card);
        return card;
    }

    private BreakdownCard breakdown(String title, BreakdownCard.Style style, Dimension dimension, int limit,
                                    Indicator... indicators) {
        var shown = Arrays.stream(indicators).filter(i -> usable(i, dimension)).toList();
        return shown.isEmpty() ? null : card(new BreakdownCard(context, title, style, dimension, limit, shown));
    }

    /** Whether the user may query the indicator; a composition that names a dimension it lacks is a bug. */
    private boolean usable(Indicator indicator, Dimension dimension) {
        if (dimension != null && !indicator.hasDimension(dimension)) {
            throw new IllegalArgumentException(indicator.code() + " has no dimension " + dimension);
        }
        if (dimension == null && !indicator.periodic()) {
            throw new IllegalArgumentException(indicator.code() + " stands now and has no trend");
        }
        return context.visible(indicator);
    }
}
