package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.purchasing.AdministrativeLevel;
import cn.gov.hlj.consumptionaid.purchasing.BudgetUnitKind;
import cn.gov.hlj.consumptionaid.purchasing.CanteenSituation;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaserType;
import cn.gov.hlj.consumptionaid.purchasing.SchoolType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.util.Objects;

/**
 * Anyone who buys poverty-alleviation products: a budget unit (agency, school, hospital, other institution), an SOE,
 * a private enterprise, a union or a social organisation. The constructor keeps the combinations consistent: only
 * budget units have a kind and a level, only schools a school type, only SOEs a paired county.
 */
@Entity
@Audited
@Table(name = "purchaser")
public class Purchaser {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "code", nullable = false, unique = true, length = 40)
    private String code;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "purchaser_type", nullable = false, length = 30)
    private PurchaserType type;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "budget_unit_kind", length = 30)
    private BudgetUnitKind budgetUnitKind;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "school_type", length = 30)
    private SchoolType schoolType;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "admin_level", length = 20)
    private AdministrativeLevel level;

    @Column(name = "supervising_department_code", length = 40)
    private String supervisingDepartmentCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "supervising_unit_id")
    private Purchaser supervisingUnit;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "canteen", length = 20)
    private CanteenSituation canteen;

    @Column(name = "paired_county_code", length = 6)
    private String pairedCountyCode;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "import_batch_id")
    private ImportBatch importBatch;

    @Column(name = "source_row")
    private Integer sourceRow;

    protected Purchaser() {
    }

    public Purchaser(PurchaserRow row, Purchaser supervisingUnit, ImportBatch importBatch, Integer sourceRow) {
        this.code = Objects.requireNonNull(row.code(), "code");
        this.name = Objects.requireNonNull(row.name(), "name");
        this.type = Objects.requireNonNull(row.type(), "type");
        this.regionCode = Objects.requireNonNull(row.regionCode(), "regionCode");
        boolean budgetUnit = type == PurchaserType.BUDGET_UNIT;
        if (budgetUnit != (row.budgetUnitKind() != null) || budgetUnit != (row.level() != null)) {
            throw new IllegalArgumentException("Budget units, and only they, have a kind and a level: " + code);
        }
        if ((row.budgetUnitKind() == BudgetUnitKind.SCHOOL) != (row.schoolType() != null)) {
            throw new IllegalArgumentException("Schools, and only they, have a school type: " + code);
        }
        if (row.pairedCountyCode() != null && type != PurchaserType.SOE) {
            throw new IllegalArgumentException("Only SOEs are paired with a county: " + code);
        }
        this.budgetUnitKind = row.budgetUnitKind();
        this.schoolType = row.schoolType();
        this.level = row.level();
        this.supervisingDepartmentCode = row.supervisingDepartmentCode();
        this.supervisingUnit = supervisingUnit;
        this.canteen = row.canteen();
        this.pairedCountyCode = row.pairedCountyCode();
        this.importBatch = importBatch;
        this.sourceRow = sourceRow;
    }

    /** Places this purchaser under its supervising unit (上级主管单位). */
    public void reportTo(Purchaser unit) {
        if (unit == this || (unit != null && code.equals(unit.getCode()))) {
            throw new IllegalArgumentException("A unit cannot supervise itself: " + code);
        }
        this.supervisingUnit = unit;
    }

    public Long getId() {
        return id;
    }

    public String getCode() {
        return code;
    }

    public PurchaserRow toRow() {
        return new PurchaserRow(code, name, type, budgetUnitKind, schoolType, level, supervisingDepartmentCode,
                supervisingUnit == null ? null : supervisingUnit.getCode(), regionCode, canteen, pairedCountyCode,
                importBatch == null ? null : importBatch.getId(), sourceRow);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Purchaser other && code != null && code.equals(other.getCode()));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
