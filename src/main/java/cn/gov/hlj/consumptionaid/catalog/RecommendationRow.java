package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDate;
import java.time.LocalDateTime;

/** A supplier recommendation to the 832 platform and where it stands. */
public record RecommendationRow(long id, long version, long entityId, String entityName, String creditCode,
                                String countyCode, RecommendationStatus status, String recommendedBy,
                                LocalDateTime recommendedAt, String comment, String provinceComment,
                                LocalDate nationalDecidedOn, String nationalReason) {
}
