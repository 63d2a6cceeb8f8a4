package cn.gov.hlj.consumptionaid.purchasing;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A purchase as lists show it, with the batch and row of the file it came from (数据可核查、可追溯).
 *
 * @param donation      以购代捐: bought by an SOE or private firm and donated
 * @param consignment   代销: sold on behalf of the producer
 * @param unionPurchase bought with the unit's trade-union funds, counted for the unit
 */
public record PurchaseRow(long id, String channelCode, String orderNo, LocalDate orderDate, String purchaserCode,
                          String purchaserName, PurchaserType purchaserType, String purchaserRegionCode,
                          long supplierId, String supplierName, Long productId, String productName,
                          String categoryCode, String originCountyCode, BigDecimal quantity, BigDecimal amount,
                          PurchaseStatus status, boolean donation, boolean consignment, boolean unionPurchase,
                          Long importBatchId, Integer sourceRow) {

    /** Whether it counts towards completion: accepted and paid. */
    public boolean counts() {
        return status.counts();
    }
}
