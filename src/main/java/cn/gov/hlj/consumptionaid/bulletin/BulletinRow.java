package cn.gov.hlj.consumptionaid.bulletin;

import cn.gov.hlj.consumptionaid.shared.time.Period;

import java.time.LocalDateTime;

/** One archived bulletin version, as the archive and the editor list it. */
public record BulletinRow(long id, BulletinType type, Period period, String scopeRegionCode, String scopeName,
                          int issueYear, int issueNumber, int version, BulletinStatus status, String generatedBy,
                          LocalDateTime generatedAt, LocalDateTime dataCutoff, String sha256, String publishedBy,
                          LocalDateTime publishedAt, Narrative narrative, long downloads) {
}
