package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.SalesImportType;
import cn.gov.hlj.consumptionaid.shared.importing.ImportBatchRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.Objects;

/**
 * One committed sales import: the file (name, SHA-256, size), who brought it in and when, and what it did. Every
 * sale it created points back here with its row number in the file.
 */
@Entity
@Audited
@Table(name = "sales_import_batch")
public class SalesImportBatch {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "import_type", nullable = false, length = 30)
    private SalesImportType type;

    @Column(name = "department_code", length = 40)
    private String departmentCode;

    @Column(name = "file_name", nullable = false, length = 255)
    private String fileName;

    @Column(name = "file_sha256", nullable = false, length = 64)
    private String fileSha256;

    @Column(name = "file_size", nullable = false)
    private long fileSize;

    @Column(name = "rows_in_file", nullable = false)
    private int rowsInFile;

    @Column(name = "rows_created", nullable = false)
    private int rowsCreated;

    @Column(name = "rows_skipped", nullable = false)
    private int rowsSkipped;

    @Column(name = "imported_by", nullable = false, length = 64)
    private String importedBy;

    @Column(name = "imported_at", nullable = false)
    private LocalDateTime importedAt;

    protected SalesImportBatch() {
    }

    public SalesImportBatch(SalesImportType type, String departmentCode, String fileName, String fileSha256,
                            long fileSize, int rowsInFile, String importedBy, LocalDateTime importedAt) {
        this.type = Objects.requireNonNull(type);
        this.departmentCode = departmentCode;
        this.fileName = Objects.requireNonNull(fileName);
        this.fileSha256 = Objects.requireNonNull(fileSha256);
        this.fileSize = fileSize;
        this.rowsInFile = rowsInFile;
        this.importedBy = Objects.requireNonNull(importedBy);
        // Whole seconds: what every database keeps, so a batch read back equals the one written.
        this.importedAt = importedAt.truncatedTo(ChronoUnit.SECONDS);
    }

    /** Records what the commit did: rows created and rows skipped because they were already there. */
    public void completed(int created, int skipped) {
        if (created < 0 || skipped < 0 || created + skipped != rowsInFile) {
            throw new IllegalArgumentException("Created and skipped rows must add up to the rows of the file");
        }
        this.rowsCreated = created;
        this.rowsSkipped = skipped;
    }

    public Long getId() {
        return id;
    }

    public String getDepartmentCode() {
        return departmentCode;
    }

    /** The batch as the shared import records carry it. */
    public ImportBatchRow toRow() {
        return new ImportBatchRow(id, type, departmentCode, fileName, fileSha256, fileSize, rowsInFile, rowsCreated,
                rowsSkipped, importedBy, importedAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof SalesImportBatch other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return SalesImportBatch.class.hashCode();
    }
}
