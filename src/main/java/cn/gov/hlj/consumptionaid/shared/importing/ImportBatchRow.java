package cn.gov.hlj.consumptionaid.shared.importing;

import java.time.LocalDateTime;

/** A committed import batch: its file, who brought it in and when, and what it did. */
public record ImportBatchRow(long id, ImportKind type, String departmentCode, String fileName, String fileSha256,
                             long fileSize, int rowsInFile, int rowsCreated, int rowsSkipped, String importedBy,
                             LocalDateTime importedAt) {
}
