package cn.gov.hlj.consumptionaid.bulletin.domain;

import cn.gov.hlj.consumptionaid.bulletin.BulletinException;
import cn.gov.hlj.consumptionaid.bulletin.BulletinStatus;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.bulletin.Narrative;
import cn.gov.hlj.consumptionaid.shared.time.Period;
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

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.Objects;

/**
 * One generated version of a bulletin (type, period, region): its issue number, who generated it when, the data
 * cut-off, the PDF's SHA-256, the editor's narrative and whether it is published. A regeneration is a new version;
 * a version's documents never change once stored.
 */
@Entity
@Audited
@Table(name = "bulletin")
public class Bulletin {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long lockVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "bulletin_type", nullable = false, length = 30)
    private BulletinType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "period_kind", nullable = false, length = 10)
    private Period.Kind periodKind;

    @Column(name = "period_from", nullable = false)
    private LocalDate periodFrom;

    @Column(name = "period_to", nullable = false)
    private LocalDate periodTo;

    @Column(name = "scope_region_code", nullable = false, length = 6)
    private String scopeRegionCode;

    @Column(name = "issue_year", nullable = false)
    private int issueYear;

    @Column(name = "issue_number", nullable = false)
    private int issueNumber;

    @Column(name = "doc_version", nullable = false)
    private int docVersion;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 12)
    private BulletinStatus status;

    @Column(name = "generated_by", nullable = false, length = 64)
    private String generatedBy;

    @Column(name = "generated_at", nullable = false)
    private LocalDateTime generatedAt;

    @Column(name = "data_cutoff", nullable = false)
    private LocalDateTime dataCutoff;

    @Column(name = "sha256", nullable = false, length = 64)
    private String sha256;

    @Column(name = "published_by", length = 64)
    private String publishedBy;

    @Column(name = "published_at")
    private LocalDateTime publishedAt;

    @Column(name = "work_news", length = Narrative.MAX_LENGTH)
    private String workNews;

    @Column(name = "experiences", length = Narrative.MAX_LENGTH)
    private String experiences;

    @Column(name = "problems", length = Narrative.MAX_LENGTH)
    private String problems;

    @Column(name = "next_steps", length = Narrative.MAX_LENGTH)
    private String nextSteps;

    protected Bulletin() {
    }

    public Bulletin(BulletinType type, Period period, String scopeRegionCode, int issueNumber, int docVersion,
                    String generatedBy, LocalDateTime generatedAt, LocalDateTime dataCutoff, String sha256,
                    Narrative narrative) {
        this.type = Objects.requireNonNull(type);
        this.periodKind = period.kind();
        this.periodFrom = period.from();
        this.periodTo = period.to();
        this.scopeRegionCode = Objects.requireNonNull(scopeRegionCode);
        this.issueYear = period.to().getYear();
        this.issueNumber = issueNumber;
        this.docVersion = docVersion;
        this.status = BulletinStatus.DRAFT;
        this.generatedBy = Objects.requireNonNull(generatedBy);
        this.generatedAt = Objects.requireNonNull(generatedAt);
        this.dataCutoff = Objects.requireNonNull(dataCutoff);
        this.sha256 = Objects.requireNonNull(sha256);
        setNarrative(narrative);
    }

    /** The editor's text; only a draft can change (a published bulletin is regenerated as a new version). */
    public void editNarrative(Narrative narrative) {
        if (status != BulletinStatus.DRAFT) {
            throw new BulletinException("bulletin.error.not-draft");
        }
        setNarrative(narrative);
    }

    public void publish(String username, LocalDateTime at) {
        if (status != BulletinStatus.DRAFT) {
            throw new BulletinException("bulletin.error.not-draft");
        }
        status = BulletinStatus.PUBLISHED;
        publishedBy = username;
        publishedAt = at;
    }

    private void setNarrative(Narrative narrative) {
        var text = narrative == null ? Narrative.EMPTY : narrative;
        workNews = text.workNews();
        experiences = text.experiences();
        problems = text.problems();
        nextSteps = text.nextSteps();
    }

    public Narrative narrative() {
        return new Narrative(workNews, experiences, problems, nextSteps);
    }

    public Period period() {
        return new Period(periodKind, periodFrom, periodTo);
    }

    public Long getId() {
        return id;
    }

    public BulletinType getType() {
        return type;
    }

    public String getScopeRegionCode() {
        return scopeRegionCode;
    }

    public int getIssueYear() {
        return issueYear;
    }

    public int getIssueNumber() {
        return issueNumber;
    }

    public int getDocVersion() {
        return docVersion;
    }

    public BulletinStatus getStatus() {
        return status;
    }

    public String getGeneratedBy() {
        return generatedBy;
    }

    public LocalDateTime getGeneratedAt() {
        return generatedAt;
    }

    public LocalDateTime getDataCutoff() {
        return dataCutoff;
    }

    public String getSha256() {
        return sha256;
    }

    public String getPublishedBy() {
        return publishedBy;
    }

    public LocalDateTime getPublishedAt() {
        return publishedAt;
    }

    @Override
    public boolean equals(Object other) {
        if (this == other) {
            return true;
        }
        if (!(other instanceof Bulletin that)) {
            return false;
        }
        return id != null && id.equals(that.getId());
    }

    @Override
    public int hashCode() {
        return Bulletin.class.hashCode();
    }
}
