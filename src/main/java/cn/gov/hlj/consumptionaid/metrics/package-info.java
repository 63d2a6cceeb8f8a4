/**
 * The indicator catalog and the rollups it reads: the only place figures are computed. Public API: the catalog
 * ({@code Indicator} with {@code IndicatorUnit}, {@code Dimension}, {@code SourceKind}), {@code IndicatorService}
 * (values with the previous period, ranked breakdowns, monthly trends, the source rows behind a figure, budget units'
 * completion) with its records, and {@code RollupService} (rebuild). The rollups are kept by synchronous listeners on
 * {@code purchasing.PurchasesImported} and {@code sales.SalesImported}, in the import's transaction. See
 * {@code docs/decisions/2026-11-28-indicator-rollups.md}. May depend on {@code shared}, {@code reference},
 * {@code accounts}, {@code catalog}, {@code purchasing} and {@code sales}.
 */
@ApplicationModule(displayName = "指标 Metrics", allowedDependencies = { "shared", "reference", "accounts", "catalog", "purchasing", "sales" })
package cn.gov.hlj.consumptionaid.metrics;

import org.springframework.modulith.ApplicationModule;
