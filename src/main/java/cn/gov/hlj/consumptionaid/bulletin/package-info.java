/**
 * Progress bulletins from Jasper templates: generation, schedules, archive and downloads; the only module that uses
 * JasperReports. May depend on {@code shared}, {@code reference}, {@code accounts} and {@code metrics}.
 */
@ApplicationModule(displayName = "通报 Bulletins", allowedDependencies = { "shared", "reference", "accounts", "metrics" })
package cn.gov.hlj.consumptionaid.bulletin;

import org.springframework.modulith.ApplicationModule;
