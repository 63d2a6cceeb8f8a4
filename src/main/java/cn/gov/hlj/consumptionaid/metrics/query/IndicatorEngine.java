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
import org.springframework.data.domain.Pageable;
import org.springframework.stereotype.Component;

import java.util.List;

/** Computes indicators from the rollup tables (and the small catalog tables); see IndicatorService. */
@Component
public class IndicatorEngine {

    public IndicatorValue value(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<BreakdownRow> breakdown(Indicator indicator, Dimension dimension, IndicatorFilter filter,
                                        DataScope scope, int limit) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<TrendPoint> trend(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<IndicatorSourceRow> sourceRows(Indicator indicator, IndicatorFilter filter, DataScope scope,
                                               Pageable pageable) {
        throw new UnsupportedOperationException("in progress");
    }

    public long countSourceRows(Indicator indicator, IndicatorFilter filter, DataScope scope) {
        throw new UnsupportedOperationException("in progress");
    }

    public List<UnitCompletionRow> unitCompletions(IndicatorFilter filter, boolean belowThresholdOnly,
                                                   DataScope scope, Pageable pageable) {
        throw new UnsupportedOperationException("in progress");
    }

    public long countUnitCompletions(IndicatorFilter filter, boolean belowThresholdOnly, DataScope scope) {
        throw new UnsupportedOperationException("in progress");
    }
}
