package cn.gov.hlj.consumptionaid.sales;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One sales record as lists show it, with its origin: the import batch and the row of the file it came from
 * ({@code null} for records written otherwise, such as the demo data).
 */
public record SaleRow(long id, String channelCode, String recordNo, LocalDate saleDate, Long productId,
                      Long supplierId, String productName, String categoryCode, String regionCode,
                      BuyerType buyerType, String buyerProvinceCode, BigDecimal quantity, String unit,
                      BigDecimal amount, Long importBatchId, Integer sourceRow) {
}
