package cn.gov.hlj.consumptionaid.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/** A product entered the 黑龙江省扶贫产品目录 after its public notice: valid from {@code publishedOn} to {@code validUntil}. */
public record ProductCertified(long applicationId, String catalogNumber, String productName, String categoryCode,
                               String producerCreditCode, String producerName, String countyCode,
                               int poorPeopleDriven, BigDecimal commodityValue, LocalDate publishedOn,
                               LocalDate validUntil) {
}
