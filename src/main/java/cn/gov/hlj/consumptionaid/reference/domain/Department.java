package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.DepartmentKind;
import cn.gov.hlj.consumptionaid.reference.DepartmentRow;
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

/** A provincial department; see {@link DepartmentRow}. */
@Entity
@Table(name = "department")
@Audited
public class Department {

    @Id
    @Column(name = "code", length = 40)
    private String code;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 150)
    private String nameEn;

    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "kind", nullable = false, length = 20)
    private DepartmentKind kind;

    @Column(name = "sort_order", nullable = false)
    private int sortOrder;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected Department() {
    }

    public Department(String code, String nameZh, String nameEn, DepartmentKind kind, int sortOrder) {
        this.code = Strings.required(code, "code");
        this.nameZh = Strings.required(nameZh, "nameZh");
        this.nameEn = Strings.required(nameEn, "nameEn");
        this.kind = Objects.requireNonNull(kind, "kind");
        this.sortOrder = sortOrder;
    }

    public String getCode() {
        return code;
    }

    public DepartmentRow toRow() {
        return new DepartmentRow(code, nameZh, nameEn, kind);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Department other && Objects.equals(code, other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
