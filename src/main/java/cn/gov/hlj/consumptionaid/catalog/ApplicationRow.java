package cn.gov.hlj.consumptionaid.catalog;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;

/** A certification application in a list (work queue, search); {@code version} is what an action must still find. */
public record ApplicationRow(long id, long version, CertificationStatus status, String productName,
                             String categoryCode, long entityId, String producerName, String creditCode,
                             String countyCode, int poorPeopleDriven, BigDecimal commodityValue, boolean priority,
                             LocalDateTime submittedAt, LocalDateTime lastStepAt, LocalDate noticeEnd,
                             String catalogNumber, LocalDate validUntil) {
}
