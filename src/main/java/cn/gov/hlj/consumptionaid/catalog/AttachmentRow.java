package cn.gov.hlj.consumptionaid.catalog;

import java.time.LocalDateTime;

/** A stored attachment (PDF, JPEG or PNG) with its SHA-256 checksum, without its content. */
public record AttachmentRow(long id, String fileName, String contentType, long size, String sha256,
                            String uploadedBy, LocalDateTime uploadedAt) {
}
