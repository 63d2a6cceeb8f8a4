package cn.gov.hlj.consumptionaid.purchasing.domain;

import cn.gov.hlj.consumptionaid.purchasing.PurchaseRow;
import cn.gov.hlj.consumptionaid.purchasing.PurchaseStatus;
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

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One order line of a channel's export (the 832 platform by default): who bought what from which supplier, for how
 * much, and in which state. Imports write these rows in JDBC batches (see {@code PurchaseImport}); the entity is how
 * lists read them. Supplier and product belong to the catalog module and are held by id.
 */
@Entity
@Audited
@Table(name = "purchase")
public class Purchase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "channel_code", nullable = false, length = 40)
    private String channelCode;

    @Column(name = "order_no", nullable = false, length = 64)
    private String orderNo;

    @Column(name = "order_date", nullable = false)
    private LocalDate orderDate;

    @ManyToOne(fetch = FetchType.LAZY, optional = false)
    @JoinColumn(name = "purchaser_id", nullable = false)
    private Purchaser purchaser;

    @Column(name = "supplier_id", nullable = false)
    private long supplierId;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "origin_county_code", nullable = false, length = 6)
    private String originCountyCode;

    @Column(name = "quantity", precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "status", nullable = false, length = 20)
    private PurchaseStatus status;

    @Column(name = "donation", nullable = false)
    private boolean donation;

    @Column(name = "consignment", nullable = false)
    private boolean consignment;

    @Column(name = "union_purchase", nullable = false)
    private boolean unionPurchase;

    @ManyToOne(fetch = FetchType.LAZY)
    @JoinColumn(name = "import_batch_id")
    private ImportBatch importBatch;

    @Column(name = "source_row")
    private Integer sourceRow;

    protected Purchase() {
    }

    public Long getId() {
        return id;
    }

    public Purchaser getPurchaser() {
        return purchaser;
    }

    public long getSupplierId() {
        return supplierId;
    }

    /** The row lists show; the supplier's name comes from the catalog module. */
    public PurchaseRow toRow(String supplierName) {
        var unit = purchaser.toRow();
        return new PurchaseRow(id, channelCode, orderNo, orderDate, unit.code(), unit.name(), unit.type(),
                unit.regionCode(), supplierId, supplierName, productId, productName, categoryCode, originCountyCode,
                quantity, amount, status, donation, consignment, unionPurchase,
                importBatch == null ? null : importBatch.getId(), sourceRow);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Purchase other && id != null && id.equals(other.getId()));
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(channelCode) * 31 + Objects.hashCode(orderNo);
    }
}
