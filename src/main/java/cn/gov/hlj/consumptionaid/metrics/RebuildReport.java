package cn.gov.hlj.consumptionaid.metrics;

import java.time.Duration;

/**
 * The result of rebuilding the rollups from the raw rows.
 *
 * @param purchases counted purchases read
 * @param sales     sales read
 * @param rollupRows rows written to the rollup tables
 * @param took      how long it took
 */
public record RebuildReport(long purchases, long sales, long rollupRows, Duration took) {
}
