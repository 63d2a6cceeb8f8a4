package cn.gov.hlj.consumptionaid.purchasing;

/**
 * A purchaser as other modules and the views see it.
 *
 * @param code                      预算单位编码, or the unified social credit code of an enterprise
 * @param supervisingDepartmentCode the provincial department it reports to (主管部门), e.g. {@code EDUCATION}
 * @param supervisingUnitCode       the purchaser above it (上级主管单位), or {@code null}
 * @param importBatchId             the import batch that created it, or {@code null} when entered by hand
 * @param sourceRow                 its row in that batch's file
 */
public record PurchaserRow(String code, String name, PurchaserType type, BudgetUnitKind budgetUnitKind,
                           SchoolType schoolType, AdministrativeLevel level, String supervisingDepartmentCode,
                           String supervisingUnitCode, String regionCode, CanteenSituation canteen,
                           String pairedCountyCode, Long importBatchId, Integer sourceRow) {
}
