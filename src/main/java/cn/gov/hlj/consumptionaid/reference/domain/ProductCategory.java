package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.CategoryRow;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.util.Objects;

/** A product category; see {@link CategoryRow}. */
@Entity
@Table(name = "product_category")
@Audited
public class ProductCategory {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected ProductCategory() {
    }

    public ProductCategory(String code, String nameZh, String nameEn, int sortOrder) {
        this.code = Strings.required(code, "code");
        this.nameZh = Strings.required(nameZh, "nameZh");
        this.nameEn = Strings.required(nameEn, "nameEn");
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public CategoryRow toRow() {
        return new CategoryRow(code, nameZh, nameEn);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof ProductCategory other && Objects.equals(code, other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
