package cn.gov.hlj.consumptionaid.bulletin.domain;

import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import cn.gov.hlj.consumptionaid.bulletin.DownloadRow;
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
import java.util.Objects;

/** A download of a bulletin: who, when, which format. */
@Entity
@Audited
@Table(name = "bulletin_download")
public class BulletinDownload {

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

    @Column(name = "username", nullable = false, length = 64)
    private String username;

    @Column(name = "downloaded_at", nullable = false)
    private LocalDateTime downloadedAt;

    protected BulletinDownload() {
    }

    public BulletinDownload(long bulletinId, BulletinFormat format, String username, LocalDateTime downloadedAt) {
        this.bulletinId = bulletinId;
        this.format = Objects.requireNonNull(format);
        this.username = Objects.requireNonNull(username);
        this.downloadedAt = Objects.requireNonNull(downloadedAt);
    }

    public DownloadRow toRow() {
        return new DownloadRow(bulletinId, format, username, downloadedAt);
    }

    @Override
    public boolean equals(Object other) {
        return this == other || (other instanceof BulletinDownload that && id != null && id.equals(that.id));
    }

    @Override
    public int hashCode() {
        return BulletinDownload.class.hashCode();
    }
}
