package cn.gov.hlj.consumptionaid.bulletin;

import java.time.LocalDateTime;

/** A recorded download of a bulletin. */
public record DownloadRow(long bulletinId, BulletinFormat format, String username, LocalDateTime downloadedAt) {
}
