/**
 * One dashboard per department and the leadership overview, composed of indicators. May depend on {@code shared},
 * {@code reference}, {@code accounts} and {@code metrics}.
 */
@ApplicationModule(displayName = "看板 Dashboards", allowedDependencies = { "shared", "reference", "accounts", "metrics" })
package cn.gov.hlj.consumptionaid.dashboard;

import org.springframework.modulith.ApplicationModule;
