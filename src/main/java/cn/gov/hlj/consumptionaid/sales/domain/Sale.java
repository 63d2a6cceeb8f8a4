package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.BuyerType;
import cn.gov.hlj.consumptionaid.sales.SaleRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.Immutable;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * One record of a channel's sales export. Sales are facts reported by the channels: written once by an import (in
 * JDBC batches, see {@code SalesImport}) and never changed, hence {@link Immutable}; the entity serves the lists.
 * Each row points back to its import batch and row number in the file.
 */
@Entity
@Immutable
@Audited
@Table(name = "sale")
public class Sale {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "channel_code", nullable = false, length = 40)
    private String channelCode;

    @Column(name = "record_no", nullable = false, length = 64)
    private String recordNo;

    @Column(name = "sale_date", nullable = false)
    private LocalDate saleDate;

    @Column(name = "product_id")
    private Long productId;

    @Column(name = "supplier_id")
    private Long supplierId;

    @Column(name = "product_name", nullable = false, length = 200)
    private String productName;

    @Column(name = "category_code", nullable = false, length = 40)
    private String categoryCode;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "buyer_type", nullable = false, length = 20)
    private BuyerType buyerType;

    @Column(name = "buyer_province_code", length = 6)
    private String buyerProvinceCode;

    @Column(name = "quantity", nullable = false, precision = 14, scale = 2)
    private BigDecimal quantity;

    @Column(name = "unit", nullable = false, length = 10)
    private String unit;

    @Column(name = "amount", nullable = false, precision = 15, scale = 2)
    private BigDecimal amount;

    @Column(name = "import_batch_id")
    private Long importBatchId;

    @Column(name = "source_row")
    private Integer sourceRow;

    protected Sale() {
    }

    public SaleRow toRow() {
        return new SaleRow(id, channelCode, recordNo, saleDate, productId, supplierId, productName, categoryCode,
                regionCode, buyerType, buyerProvinceCode, quantity, unit, amount, importBatchId, sourceRow);
    }

    public Long getId() {
        return id;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Sale other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Sale.class.hashCode();
    }
}
