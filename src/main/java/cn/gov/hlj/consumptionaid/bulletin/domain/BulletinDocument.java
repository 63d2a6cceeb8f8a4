package cn.gov.hlj.consumptionaid.bulletin.domain;

import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import cn.gov.hlj.consumptionaid.shared.Checksums;
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
import org.hibernate.envers.NotAudited;
import org.hibernate.type.SqlTypes;

import java.util.Objects;

/** The archived document of a bulletin version in one format, with its size and SHA-256. */
@Entity
@Audited
@Table(name = "bulletin_document")
public class BulletinDocument {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    @Column(name = "bulletin_id", nullable = false)
    private long bulletinId;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "format", nullable = false, length = 10)
    private BulletinFormat format;

    // The bytes stay out of the audit table: a document never changes, its checksum is audited.
    @NotAudited
    @JdbcTypeCode(SqlTypes.LONG32VARBINARY)
    @Column(name = "content", nullable = false, length = Integer.MAX_VALUE)
    private byte[] content;

    @Column(name = "byte_size", nullable = false)
    private long byteSize;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    protected BulletinDocument() {
    }

    public BulletinDocument(long bulletinId, BulletinFormat format, byte[] content) {
        this.bulletinId = bulletinId;
        this.format = Objects.requireNonNull(format);
        this.content = content.clone();
        this.byteSize = content.length;
        this.sha256 = Checksums.sha256(content);
    }

    public Long getId() {
        return id;
    }

    public long getBulletinId() {
        return bulletinId;
    }

    public BulletinFormat getFormat() {
        return format;
    }

    public byte[] getContent() {
        return content.clone();
    }

    public String getSha256() {
        return sha256;
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof BulletinDocument that && id != null && id.equals(that.getId()));
    }

    @Override
    public int hashCode() {
        return BulletinDocument.class.hashCode();
    }
}
