package cn.gov.hlj.consumptionaid.metrics;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.metrics.query.FigureBatch;
import cn.gov.hlj.consumptionaid.metrics.query.IndicatorEngine;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.data.domain.Pageable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.util.Arrays;
import java.util.List;

/**
 * Every figure of the portal, by indicator: its value with the previous period's, a ranked breakdown by a dimension,
 * the monthly trend, and the stored rows behind it. The user's data scope applies to every figure: the region subtree
 * always (a filter's region must lie within it), and the department: a task-force member queries only the
 * indicators of their own department ({@link Indicator#visibleTo}) unless they hold
 * {@value AppRoles#DASHBOARD_ALL_VIEW} (leaders). Bulletin editors (cross-department) may query all.
 * <p>
 * Values, breakdowns and trends open no transaction here: before reading, the engine may refresh the registry rollups
 * in a transaction of its own, which a snapshot opened earlier would not see (see
 * {@code docs/decisions/2026-11-28-indicator-rollups.md}). Each of their statements reads committed data.
 */
@Service
@PreAuthorize(IndicatorService.READ)
public class IndicatorService {

    static final String READ = "hasAnyAuthority('" + AppRoles.DASHBOARD_OWN_VIEW + "', '" + AppRoles.DASHBOARD_ALL_VIEW
            + "', '" + AppRoles.OVERVIEW_VIEW + "')";
    static final String MAY_QUERY = READ + " and @indicatorAccess.mayQuery(#indicator, #filter)";

    private final IndicatorEngine engine;
    private final CurrentUser currentUser;
    private final IndicatorAccess access;
    private final FigureBatch batch;

    IndicatorService(IndicatorEngine engine, CurrentUser currentUser, IndicatorAccess access, FigureBatch batch) {
        this.engine = engine;
        this.currentUser = currentUser;
        this.access = access;
        this.batch = batch;
    }

    /** The indicators this user may query, in catalog order. */
    @PreAuthorize(READ)
    public List<Indicator> visibleIndicators() {
        return Arrays.stream(Indicator.values()).filter(i -> access.mayQuery(i, null)).toList();
    }

    /** The figure for the filter's period, with the previous period's (stock indicators: without). */
    @PreAuthorize(MAY_QUERY)
    public IndicatorValue value(Indicator indicator, IndicatorFilter filter) {
        return engine.value(indicator, filter, scope());
    }

    /**
     * The figure broken down by one of the indicator's dimensions, largest first (months in calendar order), at most
     * {@code limit} members (0 for all). Refused with an {@link IllegalArgumentException} for a dimension the indicator
     * does not have.
     */
    @PreAuthorize(MAY_QUERY)
    public List<BreakdownRow> breakdown(Indicator indicator, Dimension dimension, IndicatorFilter filter, int limit) {
        return engine.breakdown(indicator, dimension, filter, scope(), limit);
    }

    /** The figure month by month over the filter's period (every month of it, zero where nothing happened). */
    @PreAuthorize(MAY_QUERY)
    public List<TrendPoint> trend(Indicator indicator, IndicatorFilter filter) {
        return engine.trend(indicator, filter, scope());
    }

    /** One page of the stored rows behind the figure, within the user's scope. */
    @Transactional(readOnly = true)
    @PreAuthorize(MAY_QUERY)
    public List<IndicatorSourceRow> sourceRows(Indicator indicator, IndicatorFilter filter, Pageable pageable) {
        return engine.sourceRows(indicator, filter, scope(), pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(MAY_QUERY)
    public long countSourceRows(Indicator indicator, IndicatorFilter filter) {
        return engine.countSourceRows(indicator, filter, scope());
    }

    /**
     * Budget units with their reserved share of the period's year against their counted purchases in the period,
     * lowest completion first; with {@code belowThresholdOnly} only those with a reserved share whose rate is below
     * the filter's threshold (the rows of {@link Indicator#FINANCE_UNITS_BELOW_RATE}). A finance indicator view.
     */
    @Transactional(readOnly = true)
    @PreAuthorize(READ + " and @indicatorAccess.mayQuery(T(cn.gov.hlj.consumptionaid.metrics.Indicator)"
            + ".FINANCE_COMPLETION_RATE, #filter)")
    public List<UnitCompletionRow> unitCompletions(IndicatorFilter filter, boolean belowThresholdOnly,
                                                   Pageable pageable) {
        return engine.unitCompletions(filter, belowThresholdOnly, scope(), pageable);
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ + " and @indicatorAccess.mayQuery(T(cn.gov.hlj.consumptionaid.metrics.Indicator)"
            + ".FINANCE_COMPLETION_RATE, #filter)")
    public long countUnitCompletions(IndicatorFilter filter, boolean belowThresholdOnly) {
        return engine.countUnitCompletions(filter, belowThresholdOnly, scope());
    }

    private DataScope scope() {
        return currentUser.require().scope();
    }

    /**
     * Many figures for one filter in one call (a bulletin's figures): each total is what {@link #value} gives as its
     * value (without the previous period), each breakdown what {@link #breakdown} gives; computed by
     * {@link FigureBatch} with every underlying query run once and the rollups refreshed once. Allowed only when the
     * user may query every indicator of the batch with the filter.
     */
    @PreAuthorize(READ + " and #requests.?[!@indicatorAccess.mayQuery(#this.indicator(), #filter)].isEmpty()")
    public FigureAnswers figures(List<FigureRequest> requests, IndicatorFilter filter) {
        return new FigureAnswers(batch.compute(requests, filter, scope()));
    }
}
