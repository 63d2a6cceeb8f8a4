package cn.gov.hlj.consumptionaid.catalog.domain;

import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityForm;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityRow;
import cn.gov.hlj.consumptionaid.catalog.MarketEntityType;
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
import java.util.Objects;

/**
 * A market entity (市场主体): an enterprise or farmers' cooperative of a county, by its unified social credit code.
 * A blacklisted entity (扶贫失信黑名单) cannot apply for certification.
 */
@Entity
@Table(name = "market_entity")
@Audited
public class MarketEntity {

    public static final int NAME_LENGTH = 200;
    public static final int PERSON_LENGTH = 50;
    public static final int CONTACT_LENGTH = 100;
    public static final int REASON_LENGTH = 500;

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "credit_code", nullable = false, length = 18, unique = true)
    private String creditCode;

    @Column(name = "name", nullable = false, length = NAME_LENGTH)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "entity_type", nullable = false, length = 30)
    private MarketEntityType type;

    @Column(name = "county_code", nullable = false, length = 6)
    private String countyCode;

    @Column(name = "legal_representative", nullable = false, length = PERSON_LENGTH)
    private String legalRepresentative;

    @Column(name = "contact", nullable = false, length = CONTACT_LENGTH)
    private String contact;

    @Column(name = "helps_by_wages", nullable = false)
    private boolean helpsByWages;

    @Column(name = "helps_by_assets", nullable = false)
    private boolean helpsByAssets;

    @Column(name = "helps_by_business_income", nullable = false)
    private boolean helpsByBusinessIncome;

    @Column(name = "leading_enterprise", nullable = false)
    private boolean leadingEnterprise;

    @Column(name = "hundred_enterprises", nullable = false)
    private boolean hundredEnterprisesParticipant;

    @Column(name = "blacklisted", nullable = false)
    private boolean blacklisted;

    @Column(name = "blacklist_reason", length = REASON_LENGTH)
    private String blacklistReason;

    @Column(name = "blacklist_evidence", length = REASON_LENGTH)
    private String blacklistEvidence;

    @Column(name = "blacklisted_on")
    private LocalDate blacklistedOn;

    protected MarketEntity() {
    }

    public MarketEntity(MarketEntityForm form) {
        this.creditCode = CreditCodes.check(form.creditCode());
        update(form);
    }

    /** Changes everything but the credit code, which identifies the entity for good. */
    public void update(MarketEntityForm form) {
        if (!creditCode.equals(CreditCodes.normalize(form.creditCode()))) {
            throw new IllegalArgumentException("The credit code of an entity does not change");
        }
        var county = Objects.requireNonNull(form.countyCode(), "countyCode");
        if (!county.matches("\\d{6}") || county.endsWith("00")) {
            throw new IllegalArgumentException("A market entity belongs to a county: " + county);
        }
        if (!form.helpsByWages() && !form.helpsByAssets() && !form.helpsByBusinessIncome()) {
            throw new IllegalArgumentException("A market entity helps the poor in at least one way");
        }
        this.name = Texts.required(form.name(), "name", NAME_LENGTH);
        this.type = Objects.requireNonNull(form.type(), "type");
        this.countyCode = county;
        this.legalRepresentative = Texts.required(form.legalRepresentative(), "legalRepresentative", PERSON_LENGTH);
        this.contact = Texts.required(form.contact(), "contact", CONTACT_LENGTH);
        this.helpsByWages = form.helpsByWages();
        this.helpsByAssets = form.helpsByAssets();
        this.helpsByBusinessIncome = form.helpsByBusinessIncome();
        this.leadingEnterprise = form.leadingEnterprise();
        this.hundredEnterprisesParticipant = form.hundredEnterprisesParticipant();
    }

    /** Puts the entity on the 扶贫失信黑名单; it can then no longer apply. */
    public void blacklist(String reason, String evidence, LocalDate on) {
        if (blacklisted) {
            throw new IllegalStateException("Already blacklisted: " + creditCode);
        }
        this.blacklistReason = Texts.required(reason, "reason", REASON_LENGTH);
        this.blacklistEvidence = Texts.optional(evidence, "evidence", REASON_LENGTH);
        this.blacklistedOn = Objects.requireNonNull(on, "on");
        this.blacklisted = true;
    }

    /** Takes the entity off the blacklist; the reason for removal replaces the reason for listing. */
    public void removeFromBlacklist(String reason) {
        if (!blacklisted) {
            throw new IllegalStateException("Not blacklisted: " + creditCode);
        }
        this.blacklistReason = Texts.required(reason, "reason", REASON_LENGTH);
        this.blacklistEvidence = null;
        this.blacklistedOn = null;
        this.blacklisted = false;
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getCreditCode() {
        return creditCode;
    }

    public String getName() {
        return name;
    }

    public String getCountyCode() {
        return countyCode;
    }

    public boolean isBlacklisted() {
        return blacklisted;
    }

    public boolean isPriority() {
        return leadingEnterprise || hundredEnterprisesParticipant;
    }

    public MarketEntityRow toRow() {
        return new MarketEntityRow(id, version, creditCode, name, type, countyCode, legalRepresentative, contact,
                helpsByWages, helpsByAssets, helpsByBusinessIncome, leadingEnterprise, hundredEnterprisesParticipant,
                blacklisted, blacklistReason, blacklistedOn);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof MarketEntity other && creditCode != null
                && creditCode.equals(other.getCreditCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(creditCode);
    }
}
