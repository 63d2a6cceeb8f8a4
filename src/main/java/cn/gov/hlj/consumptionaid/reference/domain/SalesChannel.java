package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.ChannelKind;
import cn.gov.hlj.consumptionaid.reference.ChannelRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.annotations.JdbcTypeCode;
import org.hibernate.envers.Audited;
import org.hibernate.type.SqlTypes;

import java.util.Objects;

/** A sales channel; see {@link ChannelRow}. */
@Entity
@Table(name = "sales_channel")
@Audited
public class SalesChannel {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 100)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 200)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private ChannelKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected SalesChannel() {
    }

    public SalesChannel(String code, String nameZh, String nameEn, ChannelKind kind, int sortOrder) {
        this.code = Strings.required(code, "code");
        this.nameZh = Strings.required(nameZh, "nameZh");
        this.nameEn = Strings.required(nameEn, "nameEn");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public ChannelRow toRow() {
        return new ChannelRow(code, nameZh, nameEn, kind);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof SalesChannel other && Objects.equals(code, other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
