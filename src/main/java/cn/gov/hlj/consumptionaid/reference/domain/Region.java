package cn.gov.hlj.consumptionaid.reference.domain;

import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
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
import java.util.regex.Pattern;

/** An administrative division by its national 6-digit code; see {@link RegionRow}. */
@Entity
@Table(name = "region")
@Audited
public class Region {

    private static final Pattern CODE = Pattern.compile("\\d{6}");

    @Id
    @Column(name = "code", length = 6)
    private String code;

    @Column(name = "parent_code", length = 6)
    private String parentCode;

    // Stored as text on every database: Hibernate would otherwise expect a native ENUM column on MySQL and H2.
    @Enumerated(EnumType.STRING)
    @JdbcTypeCode(SqlTypes.VARCHAR)
    @Column(name = "region_level", nullable = false, length = 20)
    private RegionLevel level;

    @Column(name = "name_zh", nullable = false, length = 50)
    private String nameZh;

    @Column(name = "name_en", nullable = false, length = 100)
    private String nameEn;

    @Column(name = "national_poverty_county", nullable = false)
    private boolean nationalPovertyCounty;

    @Column(name = "provincial_poverty_county", nullable = false)
    private boolean provincialPovertyCounty;

    @Version
    @Column(name = "version", nullable = false)
    private Long version;

    protected Region() {
    }

    public Region(String code, String parentCode, RegionLevel level, String nameZh, String nameEn,
                  boolean nationalPovertyCounty, boolean provincialPovertyCounty) {
        if (code == null || !CODE.matcher(code).matches()) {
            throw new IllegalArgumentException("A region code has 6 digits: " + code);
        }
        if ((level == RegionLevel.PROVINCE) != (parentCode == null)) {
            throw new IllegalArgumentException("Only the province has no parent: " + code);
        }
        if (level != RegionLevel.COUNTY && (nationalPovertyCounty || provincialPovertyCounty)) {
            throw new IllegalArgumentException("Only a county can be a poverty county: " + code);
        }
        if (nationalPovertyCounty && provincialPovertyCounty) {
            throw new IllegalArgumentException("A poverty county is national or provincial, not both: " + code);
        }
        this.code = code;
        this.parentCode = parentCode;
        this.level = level;
        this.nameZh = Strings.required(nameZh, "nameZh");
        this.nameEn = Strings.required(nameEn, "nameEn");
        this.nationalPovertyCounty = nationalPovertyCounty;
        this.provincialPovertyCounty = provincialPovertyCounty;
    }

    public String getCode() {
        return code;
    }

    public RegionRow toRow() {
        return new RegionRow(code, parentCode, level, nameZh, nameEn, nationalPovertyCounty, provincialPovertyCounty);
    }

    @Override
    public boolean equals(Object o) {
        return this == o || o instanceof Region other && Objects.equals(code, other.getCode());
    }

    @Override
    public int hashCode() {
        return Objects.hashCode(code);
    }
}
