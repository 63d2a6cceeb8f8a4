package cn.gov.hlj.consumptionaid.sales.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/** A deal signed at an exhibition (签约项目): project, supplier, buyer, amount in yuan and signing date. */
@Entity
@Audited
@Table(name = "sales_exhibition_deal")
public class ExhibitionDeal {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "exhibition_id", nullable = false)
    private Exhibition exhibition;

    @Column(name = "project_name", nullable = false, length = 200)
    private String projectName;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "supplier_name", nullable = false, length = 200)
    private String supplierName;

    @Column(name = "buyer_name", nullable = false, length = 200)
    private String buyerName;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "signed_on", nullable = false)
    private LocalDate signedOn;

    protected ExhibitionDeal() {
    }

    ExhibitionDeal(Exhibition exhibition, String projectName, Long supplierId, String supplierName, String buyerName,
                   BigDecimal amount, LocalDate signedOn) {
        this.exhibition = Objects.requireNonNull(exhibition);
        update(projectName, supplierId, supplierName, buyerName, amount, signedOn);
    }

    public void update(String projectName, Long supplierId, String supplierName, String buyerName,
                       BigDecimal amount, LocalDate signedOn) {
        if (amount == null || amount.signum() <= 0) {
            throw new IllegalArgumentException("A deal has a positive amount");
        }
        this.projectName = Objects.requireNonNull(projectName);
        this.supplierId = supplierId;
        this.supplierName = Objects.requireNonNull(supplierName);
        this.buyerName = Objects.requireNonNull(buyerName);
        this.amount = amount;
        this.signedOn = Objects.requireNonNull(signedOn);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public Exhibition getExhibition() {
        return exhibition;
    }

    public String getProjectName() {
        return projectName;
    }

    public Long getSupplierId() {
        return supplierId;
    }

    public String getSupplierName() {
        return supplierName;
    }

    public String getBuyerName() {
        return buyerName;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public LocalDate getSignedOn() {
        return signedOn;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof ExhibitionDeal other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return ExhibitionDeal.class.hashCode();
    }
}
