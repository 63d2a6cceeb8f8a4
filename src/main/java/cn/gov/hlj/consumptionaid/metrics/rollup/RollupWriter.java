package cn.gov.hlj.consumptionaid.metrics.rollup;

import cn.gov.hlj.consumptionaid.metrics.RebuildReport;
import org.springframework.stereotype.Component;

/** Writes the rollup tables: one import batch at a time, or all of them from scratch. */
@Component
public class RollupWriter {

    public RebuildReport rebuild() {
        throw new UnsupportedOperationException("in progress");
    }
}
