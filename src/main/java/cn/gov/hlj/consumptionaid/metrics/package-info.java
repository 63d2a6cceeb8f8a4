/**
 * The indicator catalog and the rollups it reads: the only place figures are computed. May depend on
 * {@code shared}, {@code reference}, {@code accounts}, {@code catalog}, {@code purchasing} and {@code sales}.
 */
@ApplicationModule(displayName = "指标 Metrics", allowedDependencies = { "shared", "reference", "accounts", "catalog", "purchasing", "sales" })
package cn.gov.hlj.consumptionaid.metrics;

import org.springframework.modulith.ApplicationModule;
