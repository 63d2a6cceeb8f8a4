package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.AttachmentRow;
import jakarta.persistence.Basic;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDateTime;
import java.util.Objects;

/**
 * A file attached to a certification application or a complaint (exactly one of them), stored in the database with
 * its SHA-256 checksum. The history records who attached what (name, size, checksum), not the bytes again.
 */
@Entity
@Table(name = "catalog_attachment")
@Audited
public class Attachment {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "application_id")
    private Long applicationId;

    @Column(name = "complaint_id")
    private Long complaintId;

    @Column(name = "file_name", nullable = false, length = 200)
    private String fileName;

    @Column(name = "content_type", nullable = false, length = 50)
    private String contentType;

    @Column(name = "size_bytes", nullable = false)
    private long size;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @NotAudited
    @Basic(fetch = FetchType.LAZY)
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    // LONGBLOB on MySQL/MariaDB: Hibernate picks the blob size by the length, and validates against its name.
    @Column(name = "content", nullable = false, length = Integer.MAX_VALUE)
    private byte[] content;

    @Column(name = "uploaded_by", nullable = false, length = 100)
    private String uploadedBy;

    @Column(name = "uploaded_at", nullable = false)
    private LocalDateTime uploadedAt;

    protected Attachment() {
    }

    public Attachment(Long applicationId, Long complaintId, String fileName, String contentType, byte[] content,
                      String sha256, String uploadedBy, LocalDateTime uploadedAt) {
        if ((applicationId == null) == (complaintId == null)) {
            throw new IllegalArgumentException("An attachment belongs to an application or a complaint");
        }
        this.applicationId = applicationId;
        this.complaintId = complaintId;
        this.fileName = Texts.required(fileName, "fileName", 200);
        this.contentType = Texts.required(contentType, "contentType", 50);
        this.content = content.clone();
        this.size = content.length;
        this.sha256 = Objects.requireNonNull(sha256);
        this.uploadedBy = Objects.requireNonNull(uploadedBy);
        this.uploadedAt = Objects.requireNonNull(uploadedAt);
    }

    public Long getApplicationId() {
        return applicationId;
    }

    public Long getComplaintId() {
        return complaintId;
    }

    public String getSha256() {
        return sha256;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public AttachmentRow toRow() {
        return new AttachmentRow(id, fileName, contentType, size, sha256, uploadedBy, uploadedAt);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Attachment other && id != null && id.equals(other.getId());
    }

    public Long getId() {
        return id;
    }

    @Override
    public int hashCode() {
        return Attachment.class.hashCode();
    }
}
