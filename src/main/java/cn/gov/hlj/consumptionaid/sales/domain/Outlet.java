package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.OutletForm;
import cn.gov.hlj.consumptionaid.sales.OutletKind;
import cn.gov.hlj.consumptionaid.sales.OutletRow;
import cn.gov.hlj.consumptionaid.sales.OutletStatus;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.time.LocalDate;
import java.util.HashSet;
import java.util.Objects;
import java.util.Set;

/**
 * A 消费扶贫专柜, 专区 or 专馆: where it is, who runs it, when it opened (and closed), and which catalog products are on
 * sale there. The service checks the form (see {@code OutletService}); the entity keeps what it was given.
 */
@Entity
@Audited
@Table(name = "sales_outlet")
public class Outlet {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private OutletKind kind;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "address", nullable = false, length = 300)
    private String address;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "operator_name", nullable = false, length = 200)
    private String operatorName;

    @Column(name = "opened_on", nullable = false)
    private LocalDate openedOn;

    @Column(name = "closed_on")
    private LocalDate closedOn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private OutletStatus status;

    @Column(name = "remarks", length = 500)
    private String remarks;

    @ElementCollection
    @CollectionTable(name = "sales_outlet_product", joinColumns = @JoinColumn(name = "outlet_id"))
    @Column(name = "product_id", nullable = false)
    private Set<Long> productIds = new HashSet<>();

    protected Outlet() {
    }

    public Outlet(OutletForm form) {
        update(form);
    }

    /** Takes the values of a checked form. */
    public void update(OutletForm form) {
        this.kind = Objects.requireNonNull(form.kind());
        this.name = Objects.requireNonNull(form.name());
        this.address = Objects.requireNonNull(form.address());
        this.regionCode = Objects.requireNonNull(form.regionCode());
        this.operatorName = Objects.requireNonNull(form.operatorName());
        this.openedOn = Objects.requireNonNull(form.openedOn());
        this.closedOn = form.closedOn();
        this.status = Objects.requireNonNull(form.status());
        this.remarks = form.remarks();
        this.productIds.clear();
        this.productIds.addAll(form.productIds());
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public OutletRow toRow() {
        return new OutletRow(id, version, kind, name, address, regionCode, operatorName, openedOn, closedOn, status,
                productIds, remarks);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Outlet other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Outlet.class.hashCode();
    }
}
