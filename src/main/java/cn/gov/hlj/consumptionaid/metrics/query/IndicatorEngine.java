package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.BreakdownRow;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.Indicator;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.IndicatorSourceRow;
import cn.gov.hlj.consumptionaid.metrics.IndicatorValue;
import cn.gov.hlj.consumptionaid.metrics.TrendPoint;
import cn.gov.hlj.consumptionaid.metrics.UnitCompletionRow;
import cn.gov.hlj.consumptionaid.metrics.rollup.CatalogRollups;
import cn.gov.hlj.consumptionaid.metrics.rollup.RegistryRollups;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;

/**
 * Computes the indicators (see {@code Measure.of} for what each one counts) from the rollup tables, the purchaser
 * registry, the reserved shares and the catalog tables. The caller (IndicatorService) has checked the user's right
 * to the indicator; the scope's region is applied here to every figure.
 */
@Component
public class IndicatorEngine {

    private final PurchaseQueries purchases;
    private final SaleQueries sales;
    private final RegistryQueries registry;
    private final CatalogQueries catalog;
    private final SourceRowQueries sourceRows;
    private final Labels labels;
    private final RegistryRollups registryRollups;
    private final CatalogRollups catalogRollups;

    IndicatorEngine(PurchaseQueries purchases, SaleQueries sales, RegistryQueries registry, CatalogQueries catalog,
                    SourceRowQueries sourceRows, Labels labels, RegistryRollups registryRollups,
                    CatalogRollups catalogRollups) {
        this.registryRollups = registryRollups;
        this.catalogRollups = catalogRollups;
        this.purchases = purchases;
        this.sales = sales;
        this.registry = registry;
        this.catalog = catalog;
        this.sourceRows = sourceRows;
        this.labels = labels;
    }

    public IndicatorValue value(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        freshRegistry(indicator);
        var cuts = Cuts.of(indicator, filter, scope);
        var period = filter.period();
        var value = total(indicator, cuts, period);
        if (!indicator.periodic()) {
            return new IndicatorValue(indicator, period, value, null, null);
        }
        var previous = period.previous();
        return new IndicatorValue(indicator, period, value, previous, total(indicator, cuts, previous));
    }

    public List<BreakdownRow> breakdown(Indicator indicator, Dimension dimension, IndicatorFilter filter,
                                        DataScope scope, int limit) {
        if (dimension == null || !indicator.hasDimension(dimension)) {
            throw new IllegalArgumentException(indicator.code() + " cannot be broken down by " + dimension);
        }
        freshRegistry(indicator);
        var cuts = Cuts.of(indicator, filter, scope);
        var figures = compute(indicator, dimension, cuts, filter.period(), limit);
        return labels.ranked(dimension, figures, limit);
    }

    public List<TrendPoint> trend(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        if (!indicator.periodic()) {
            throw new IllegalArgumentException(indicator.code() + " stands now and has no trend");
        }
        freshRegistry(indicator);
        var cuts = Cuts.of(indicator, filter, scope);
        var period = filter.period();
        var points = new ArrayList<TrendPoint>();
        if (indicator.hasDimension(Dimension.MONTH)) {
            var figures = compute(indicator, Dimension.MONTH, cuts, period, 0);
            for (var month : period.months()) {
                var value = figures.get(String.valueOf(Window.monthKey(month)));
                points.add(new TrendPoint(month, value == null ? BigDecimal.ZERO : value));
            }
            return points;
        }
        // Ratios have no month column: each month (within the period) on its own.
        for (var month : period.months()) {
            var from = month.atDay(1).isBefore(period.from()) ? period.from() : month.atDay(1);
            var to = month.atEndOfMonth().isAfter(period.to()) ? period.to() : month.atEndOfMonth();
            var part = from.equals(month.atDay(1)) && to.equals(month.atEndOfMonth())
                    ? Period.month(month) : Period.custom(from, to);
            points.add(new TrendPoint(month, total(indicator, cuts, part)));
        }
        return points;
    }

    public List<IndicatorSourceRow> sourceRows(Indicator indicator, IndicatorFilter filter, DataScope scope,
                                               Pageable pageable) {
        freshCompletionRows(indicator);
        return sourceRows.rows(Measure.of(indicator), Cuts.of(indicator, filter, scope), filter.period(), pageable);
    }

    public long countSourceRows(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        freshCompletionRows(indicator);
        return sourceRows.count(Measure.of(indicator), Cuts.of(indicator, filter, scope), filter.period());
    }

    public List<UnitCompletionRow> unitCompletions(IndicatorFilter filter, boolean belowThresholdOnly,
                                                   DataScope scope, Pageable pageable) {
        registryRollups.ensureFresh();
        var cuts = Cuts.of(Indicator.FINANCE_COMPLETION_RATE, filter, scope);
        return sourceRows.unitCompletions(cuts, filter.period(), belowThresholdOnly, pageable);
    }

    public long countUnitCompletions(IndicatorFilter filter, boolean belowThresholdOnly, DataScope scope) {
        registryRollups.ensureFresh();
        var cuts = Cuts.of(Indicator.FINANCE_COMPLETION_RATE, filter, scope);
        var window = Window.of(filter.period());
        if (belowThresholdOnly && RegistryQueries.completionRows(window, cuts)) {
            // The same count as the units-below-rate figure, from the completion rows.
            var below = registry.belowRate(null, cuts, window, filter.period().to().getYear()).get(Figures.TOTAL);
            return below == null ? 0 : below.longValueExact();
        }
        return sourceRows.countUnitCompletions(cuts, filter.period(), belowThresholdOnly);
    }

    /** The 示范单位 candidates' rows are read from the completion rows, which the registry refresh keeps. */
    private void freshCompletionRows(Indicator indicator) {
        if (Measure.of(indicator) instanceof Measure.ModelUnitCandidates) {
            registryRollups.ensureFresh();
        }
    }

    /**
     * Registry and catalog figures read rollups that are refreshed on a change mark: bring them up to date first (a
     * few key lookups when current).
     */
    private void freshRegistry(Indicator indicator) {
        switch (Measure.of(indicator)) {
            case Measure.Registered m -> registryRollups.ensureFresh();
            case Measure.ParticipationRate m -> registryRollups.ensureFresh();
            case Measure.Reserved m -> registryRollups.ensureFresh();
            case Measure.CompletionRate m -> registryRollups.ensureFresh();
            case Measure.UnitsReservingNothing m -> registryRollups.ensureFresh();
            case Measure.UnitsBelowRate m -> registryRollups.ensureFresh();
            case Measure.ModelUnitCandidates m -> registryRollups.ensureFresh();
            case Measure.Products m -> catalogRollups.ensureFresh();
            case Measure.Entities m -> catalogRollups.ensureFresh();
            default -> {
            }
        }
    }

    private BigDecimal total(Indicator indicator, Cuts cuts, Period period) {
        var figures = compute(indicator, null, cuts, period, 0);
        var value = figures.get(Figures.TOTAL);
        return value == null ? BigDecimal.ZERO : value;
    }

    /** The figures by a dimension's keys (null dimension: one total under ''). */
    private Map<String, BigDecimal> compute(Indicator indicator, Dimension dimension, Cuts cuts, Period period,
                                            int limit) {
        var window = Window.of(period);
        int year = period.to().getYear();
        return switch (Measure.of(indicator)) {
            case Measure.Purchases m -> dimension == Dimension.PURCHASER
                    ? purchases.perPurchaser(m.lens(), m.flag(), m.orders(), cuts, window, limit)
                    : purchases.sum(m, dimension, cuts, window);
            case Measure.Participants m -> purchases.participants(m.lens(), dimension, cuts, window);
            case Measure.Registered m -> registry.registered(m.lens(), dimension, cuts);
            case Measure.ParticipationRate m -> ratio(dimension,
                    purchases.participants(m.lens(), dimension, cuts, window),
                    registry.registered(m.lens(), dimension, cuts));
            case Measure.Reserved m -> registry.reserved(dimension, cuts, year);
            case Measure.CompletionRate m -> ratio(dimension,
                    dimension == Dimension.PURCHASER
                            ? purchases.perPurchaser(Measure.Lens.BUDGET_UNIT, Measure.Flag.NONE, false, cuts, window, 0)
                            : purchases.sum(new Measure.Purchases(Measure.Lens.BUDGET_UNIT, Measure.Flag.NONE,
                                    java.util.Set.of(), false), dimension, cuts, window),
                    registry.reserved(dimension, cuts, year));
            case Measure.UnitsReservingNothing m -> registry.reservingNothing(dimension, cuts, year);
            case Measure.UnitsBelowRate m -> registry.belowRate(dimension, cuts, window, year);
            case Measure.ActiveSuppliers m -> purchases.activeSuppliers(m.channels(), dimension, cuts, window);
            case Measure.Sales m -> sales.sum(m, dimension, cuts, window);
            case Measure.Products m -> catalog.products(m.set(), dimension, cuts, period);
            case Measure.Complaints m -> catalog.complaints(m.set(), dimension, cuts, period);
            case Measure.Entities m -> catalog.entities(m.set(), dimension, cuts);
            case Measure.Outlets m -> catalog.outlets(dimension, cuts);
            case Measure.ExhibitionDeals m -> catalog.deals(dimension, cuts, period);
            case Measure.EntitiesOfType m -> catalog.entitiesOfType(m.entityType(), dimension, cuts);
            case Measure.ListedSuppliers m -> catalog.listedSuppliers(dimension, cuts);
            case Measure.ProductsSold m -> sales.productsSold(m.channelKind(), dimension, cuts, window);
            case Measure.GuangdongOutlets m -> catalog.guangdongOutlets(dimension, cuts);
            case Measure.ModelUnitCandidates m -> registry.reachedShare(dimension, cuts, window, year);
        };
    }

    /** A percentage per key; the total of a ratio is 0 when its denominator is. */
    private static Map<String, BigDecimal> ratio(Dimension dimension, Map<String, BigDecimal> numerators,
                                                 Map<String, BigDecimal> denominators) {
        var result = Figures.percentages(numerators, denominators);
        if (dimension == null && result.isEmpty()) {
            result.put(Figures.TOTAL, BigDecimal.ZERO.setScale(2));
        }
        return result;
    }
}
