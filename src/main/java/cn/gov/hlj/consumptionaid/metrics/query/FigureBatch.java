package cn.gov.hlj.consumptionaid.metrics.query;

import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.BreakdownRow;
import cn.gov.hlj.consumptionaid.metrics.Dimension;
import cn.gov.hlj.consumptionaid.metrics.FigureRequest;
import cn.gov.hlj.consumptionaid.metrics.IndicatorFilter;
import cn.gov.hlj.consumptionaid.metrics.rollup.CatalogRollups;
import cn.gov.hlj.consumptionaid.metrics.rollup.RegistryRollups;
import cn.gov.hlj.consumptionaid.shared.time.Period;
import org.springframework.stereotype.Component;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * Many figures for one filter with as few statements as the rollups allow (a bulletin's totals and breakdowns): the
 * registry and catalog rollups are brought up to date once for the batch rather than once per figure; a total is
 * the period's figure only (no previous period); and every underlying query (a sum of purchases of a lens by a
 * dimension, a count of registered purchasers, the reserved shares …) runs once however many figures use it — the
 * completion rate and the completed amount share their purchase sum, the participation rate and the participants
 * their count. Each figure is what {@link IndicatorEngine} computes for it: the same queries ({@code Measure.of} per
 * indicator, the same {@link Cuts}), ranked and labelled the same way.
 */
@Component
public class FigureBatch {

    private final PurchaseQueries purchases;
    private final SaleQueries sales;
    private final RegistryQueries registry;
    private final CatalogQueries catalog;
    private final Labels labels;
    private final RegistryRollups registryRollups;
    private final CatalogRollups catalogRollups;

    FigureBatch(PurchaseQueries purchases, SaleQueries sales, RegistryQueries registry, CatalogQueries catalog,
                Labels labels, RegistryRollups registryRollups, CatalogRollups catalogRollups) {
        this.purchases = purchases;
        this.sales = sales;
        this.registry = registry;
        this.catalog = catalog;
        this.labels = labels;
        this.registryRollups = registryRollups;
        this.catalogRollups = catalogRollups;
    }

    /** The answer to every request, by request (a total as one row under key {@code ""}). */
    public Map<FigureRequest, List<BreakdownRow>> compute(List<FigureRequest> requests, IndicatorFilter filter,
                                                          DataScope scope) {
        var distinct = new LinkedHashSet<>(requests);
        freshRollups(distinct);
        var memo = new Memo();
        var answers = new LinkedHashMap<FigureRequest, List<BreakdownRow>>();
        for (var request : distinct) {
            var cuts = Cuts.of(request.indicator(), filter, scope);
            var figures = compute(memo, request, regionBreakdown(distinct, request), cuts, filter.period());
            if (request.isTotal()) {
                var value = figures.get(Figures.TOTAL);
                answers.put(request, List.of(new BreakdownRow(Figures.TOTAL, "", "",
                        value == null ? BigDecimal.ZERO : value, 1)));
            } else {
                answers.put(request, labels.ranked(request.dimension(), figures, request.limit()));
            }
        }
        return answers;
    }

    /** Registry and catalog rollups are refreshed on a change mark: once for the whole batch. */
    private void freshRollups(Set<FigureRequest> requests) {
        boolean registryNeeded = false;
        boolean catalogNeeded = false;
        for (var request : requests) {
            switch (Measure.of(request.indicator())) {
                case Measure.Registered m -> registryNeeded = true;
                case Measure.ParticipationRate m -> registryNeeded = true;
                case Measure.Reserved m -> registryNeeded = true;
                case Measure.CompletionRate m -> registryNeeded = true;
                case Measure.UnitsReservingNothing m -> registryNeeded = true;
                case Measure.ModelUnitCandidates m -> registryNeeded = true;
                case Measure.Products m -> catalogNeeded = true;
                case Measure.Entities m -> catalogNeeded = true;
                default -> {
                }
            }
        }
        if (registryNeeded) {
            registryRollups.ensureFresh();
        }
        if (catalogNeeded) {
            catalogRollups.ensureFresh();
        }
    }

    /**
     * For a total: the region dimension (CITY, else COUNTY) by which the batch also breaks the same indicator down,
     * or null. Such a total is the sum of that breakdown's figures where the figures add up exactly (every counted
     * row, registered purchaser or share has exactly one region key), which saves its own statement.
     */
    private static Dimension regionBreakdown(Set<FigureRequest> requests, FigureRequest request) {
        if (!request.isTotal()) {
            return null;
        }
        for (var dimension : List.of(Dimension.CITY, Dimension.COUNTY)) {
            if (requests.contains(FigureRequest.breakdown(request.indicator(), dimension, 0))) {
                return dimension;
            }
        }
        return null;
    }

    /**
     * The figures of one request by its dimension's keys (a total: under ''), as the engine computes them; a total
     * with a region breakdown in the batch sums that breakdown's additive parts (sums of purchases and sales,
     * registered purchasers, reserved shares, units reserving nothing; a rate from those sums).
     */
    private Map<String, BigDecimal> compute(Memo memo, FigureRequest request, Dimension regions, Cuts cuts,
                                            Period period) {
        var dimension = request.dimension();
        var additive = regions == null ? dimension : regions;
        int limit = request.limit();
        var window = Window.of(period);
        int year = period.to().getYear();
        return switch (Measure.of(request.indicator())) {
            case Measure.Purchases m -> dimension == Dimension.PURCHASER
                    ? memo.get(List.of("perPurchaser", m.lens(), m.flag(), m.orders(), cuts, window, limit),
                    () -> purchases.perPurchaser(m.lens(), m.flag(), m.orders(), cuts, window, limit))
                    : total(dimension, purchaseSum(memo, m, additive, cuts, window));
            case Measure.Participants m -> participants(memo, m.lens(), dimension, cuts, window);
            case Measure.Registered m -> total(dimension, registered(memo, m.lens(), additive, cuts));
            case Measure.ParticipationRate m -> ratio(dimension, participants(memo, m.lens(), dimension, cuts, window),
                    total(dimension, registered(memo, m.lens(), additive, cuts)));
            case Measure.Reserved m -> total(dimension, reserved(memo, additive, cuts, year));
            case Measure.CompletionRate m -> ratio(dimension,
                    dimension == Dimension.PURCHASER
                            ? memo.get(List.of("perPurchaser", Measure.Lens.BUDGET_UNIT, Measure.Flag.NONE, false,
                                    cuts, window, 0), () -> purchases.perPurchaser(Measure.Lens.BUDGET_UNIT,
                                    Measure.Flag.NONE, false, cuts, window, 0))
                            : total(dimension, purchaseSum(memo, new Measure.Purchases(Measure.Lens.BUDGET_UNIT,
                                    Measure.Flag.NONE, Set.of(), false), additive, cuts, window)),
                    total(dimension, reserved(memo, additive, cuts, year)));
            case Measure.UnitsReservingNothing m -> total(dimension, memo.get(List.of("reservingNothing",
                    key(additive), cuts, year), () -> registry.reservingNothing(additive, cuts, year)));
            case Measure.UnitsBelowRate m -> memo.get(List.of("belowRate", key(dimension), cuts, window, year),
                    () -> registry.belowRate(dimension, cuts, window, year));
            case Measure.ActiveSuppliers m -> memo.get(List.of("suppliers", m, key(dimension), cuts, window),
                    () -> purchases.activeSuppliers(m.channels(), dimension, cuts, window));
            case Measure.Sales m -> total(dimension, memo.get(List.of("sales", m, key(additive), cuts, window),
                    () -> sales.sum(m, additive, cuts, window)));
            case Measure.Products m -> memo.get(List.of("products", m, key(dimension), cuts, period),
                    () -> catalog.products(m.set(), dimension, cuts, period));
            case Measure.Complaints m -> memo.get(List.of("complaints", m, key(dimension), cuts, period),
                    () -> catalog.complaints(m.set(), dimension, cuts, period));
            case Measure.Entities m -> memo.get(List.of("entities", m, key(dimension), cuts),
                    () -> catalog.entities(m.set(), dimension, cuts));
            case Measure.Outlets m -> memo.get(List.of("outlets", key(dimension), cuts),
                    () -> catalog.outlets(dimension, cuts));
            case Measure.ExhibitionDeals m -> memo.get(List.of("deals", key(dimension), cuts, period),
                    () -> catalog.deals(dimension, cuts, period));
            case Measure.EntitiesOfType m -> memo.get(List.of("entitiesOfType", m, key(dimension), cuts),
                    () -> catalog.entitiesOfType(m.entityType(), dimension, cuts));
            case Measure.ListedSuppliers m -> memo.get(List.of("listedSuppliers", key(dimension), cuts),
                    () -> catalog.listedSuppliers(dimension, cuts));
            case Measure.ProductsSold m -> memo.get(List.of("productsSold", m, key(dimension), cuts, window),
                    () -> sales.productsSold(m.channelKind(), dimension, cuts, window));
            case Measure.GuangdongOutlets m -> memo.get(List.of("guangdongOutlets", key(dimension), cuts),
                    () -> catalog.guangdongOutlets(dimension, cuts));
            case Measure.ModelUnitCandidates m -> memo.get(List.of("reachedShare", key(dimension), cuts, window, year),
                    () -> registry.reachedShare(dimension, cuts, window, year));
        };
    }

    private Map<String, BigDecimal> purchaseSum(Memo memo, Measure.Purchases measure, Dimension dimension, Cuts cuts,
                                                Window window) {
        return memo.get(List.of("purchases", measure, key(dimension), cuts, window),
                () -> purchases.sum(measure, dimension, cuts, window));
    }

    private Map<String, BigDecimal> participants(Memo memo, Measure.Lens lens, Dimension dimension, Cuts cuts,
                                                 Window window) {
        return memo.get(List.of("participants", lens, key(dimension), cuts, window),
                () -> purchases.participants(lens, dimension, cuts, window));
    }

    private Map<String, BigDecimal> registered(Memo memo, Measure.Lens lens, Dimension dimension, Cuts cuts) {
        return memo.get(List.of("registered", lens, key(dimension), cuts),
                () -> registry.registered(lens, dimension, cuts));
    }

    private Map<String, BigDecimal> reserved(Memo memo, Dimension dimension, Cuts cuts, int year) {
        return memo.get(List.of("reserved", key(dimension), cuts, year),
                () -> registry.reserved(dimension, cuts, year));
    }

    /**
     * The figures as asked: for a total (no dimension) the sum of figures read by a region dimension under '' (a
     * total read as a total stays as it is); a breakdown as it is. Sums of exact decimals are exact.
     */
    private static Map<String, BigDecimal> total(Dimension dimension, Map<String, BigDecimal> figures) {
        if (dimension != null || figures.isEmpty() || (figures.size() == 1 && figures.containsKey(Figures.TOTAL))) {
            return figures;
        }
        var result = Figures.empty();
        result.put(Figures.TOTAL, Figures.total(figures));
        return result;
    }

    /** A memo key part for a dimension (List.of refuses nulls). */
    private static String key(Dimension dimension) {
        return dimension == null ? "TOTAL" : dimension.name();
    }

    /** A percentage per key; the total of a ratio is 0 when its denominator is (as the engine gives it). */
    private static Map<String, BigDecimal> ratio(Dimension dimension, Map<String, BigDecimal> numerators,
                                                 Map<String, BigDecimal> denominators) {
        var result = Figures.percentages(numerators, denominators);
        if (dimension == null && result.isEmpty()) {
            result.put(Figures.TOTAL, BigDecimal.ZERO.setScale(2));
        }
        return result;
    }

    /** The results of the batch's queries by what they asked; nobody changes a result after it is stored. */
    private static final class Memo {

        private final Map<List<Object>, Map<String, BigDecimal>> results = new HashMap<>();

        Map<String, BigDecimal> get(List<Object> key, Supplier<Map<String, BigDecimal>> query) {
            var found = results.get(key);
            if (found == null) {
                found = query.get();
                results.put(key, found);
            }
            return found;
        }
    }
}
