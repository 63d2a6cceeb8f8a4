/**
 * Shared kernel (open module): value objects, internationalisation, the import kit ({@code importing}: reading files,
 * preview/result records, {@code ImportFiles}), background jobs ({@code jobs}) and the UI kit (chart element, KPI
 * card, view toolbar, Excel export of grids, the two-step {@code ImportPanel}). It depends on no other module; every
 * module may use it.
 */
@ApplicationModule(displayName = "共享内核 Shared kernel", type = ApplicationModule.Type.OPEN)
package cn.gov.hlj.consumptionaid.shared;

import org.springframework.modulith.ApplicationModule;
