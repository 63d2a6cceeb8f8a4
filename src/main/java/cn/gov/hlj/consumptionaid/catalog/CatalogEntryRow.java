package cn.gov.hlj.consumptionaid.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * A product of the 黑龙江省扶贫产品目录 with the fields of the public notice (省市县, 生产单位, 产品名称, 所属品类, 带贫人数,
 * 商品价值量 in 万元, 认定单位 — the county office that certified it, by its county code).
 */
public record CatalogEntryRow(long applicationId, String catalogNumber, String countyCode, String productName,
                              String categoryCode, String producerName, String producerCreditCode,
                              int poorPeopleDriven, BigDecimal commodityValue, String certifyingCountyCode,
                              boolean priority, LocalDate publishedOn, LocalDate validUntil, CatalogExpiry expiry) {
}
