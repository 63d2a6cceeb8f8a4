/**
 * Reference data: regions (province, prefectures, counties, poverty-county flags), departments, product categories,
 * channels, and the public-holiday calendar with working-day arithmetic ({@code WorkingDays}). Loaded by Flyway from
 * the CSV files under {@code refdata/}. May depend on {@code shared} only.
 */
@ApplicationModule(displayName = "基础数据 Reference data", allowedDependencies = { "shared" })
package cn.gov.hlj.consumptionaid.reference;

import org.springframework.modulith.ApplicationModule;
