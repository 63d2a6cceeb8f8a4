/**
 * Sales by channel (imported from the channels' exports, traceable to batch and source row), offline outlets
 * (专柜/专区/专馆) and exhibitions (哈洽会, 农交会, 绿博会 …) with the deals signed there. Public API:
 * {@code SalesService}, {@code SalesImport}, {@code OutletService}, {@code ExhibitionService}, their records,
 * {@code SalesLens} (which sales a department sees, see {@code docs/decisions/2026-11-28-sales-lenses.md}) and the
 * event {@code SalesImported}.
 * May depend on {@code shared}, {@code reference}, {@code accounts} and {@code catalog}.
 */
@ApplicationModule(displayName = "销售 Sales", allowedDependencies = { "shared", "reference", "accounts", "catalog" })
package cn.gov.hlj.consumptionaid.sales;

import org.springframework.modulith.ApplicationModule;
