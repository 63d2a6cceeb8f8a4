package cn.gov.hlj.consumptionaid.sales.domain;

import cn.gov.hlj.consumptionaid.sales.ExhibitionForm;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import org.hibernate.envers.Audited;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** An exhibition (one edition of 哈洽会, 农交会, 绿博会 …) and the deals signed there. */
@Entity
@Audited
@Table(name = "sales_exhibition")
public class Exhibition {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    @Column(name = "id")
    private Long id;

    @Version
    @Column(name = "version", nullable = false)
    private long version;

    @Column(name = "channel_code", nullable = false, length = 40)
    private String channelCode;

    @Column(name = "name", nullable = false, length = 200)
    private String name;

    @Column(name = "starts_on", nullable = false)
    private LocalDate startsOn;

    @Column(name = "ends_on", nullable = false)
    private LocalDate endsOn;

    @Column(name = "place", nullable = false, length = 300)
    private String place;

    @Column(name = "organizer", nullable = false, length = 200)
    private String organizer;

    @Column(name = "region_code", nullable = false, length = 6)
    private String regionCode;

    @Column(name = "remarks", length = 500)
    private String remarks;

    @OneToMany(mappedBy = "exhibition", cascade = CascadeType.ALL, orphanRemoval = true)
    @OrderBy("signedOn, id")
    private List<ExhibitionDeal> deals = new ArrayList<>();

    protected Exhibition() {
    }

    public Exhibition(ExhibitionForm form) {
        update(form);
    }

    /** Takes the values of a checked form; the deals must still fall within the dates (the service checks). */
    public void update(ExhibitionForm form) {
        this.channelCode = Objects.requireNonNull(form.channelCode());
        this.name = Objects.requireNonNull(form.name());
        this.startsOn = Objects.requireNonNull(form.startsOn());
        this.endsOn = Objects.requireNonNull(form.endsOn());
        this.place = Objects.requireNonNull(form.place());
        this.organizer = Objects.requireNonNull(form.organizer());
        this.regionCode = Objects.requireNonNull(form.regionCode());
        this.remarks = form.remarks();
    }

    public ExhibitionDeal addDeal(String projectName, Long supplierId, String supplierName, String buyerName,
                                  BigDecimal amount, LocalDate signedOn) {
        var deal = new ExhibitionDeal(this, projectName, supplierId, supplierName, buyerName, amount, signedOn);
        deals.add(deal);
        return deal;
    }

    public void removeDeal(ExhibitionDeal deal) {
        deals.remove(deal);
    }

    public List<ExhibitionDeal> getDeals() {
        return List.copyOf(deals);
    }

    public Long getId() {
        return id;
    }

    public long getVersion() {
        return version;
    }

    public String getChannelCode() {
        return channelCode;
    }

    public String getName() {
        return name;
    }

    public LocalDate getStartsOn() {
        return startsOn;
    }

    public LocalDate getEndsOn() {
        return endsOn;
    }

    public String getPlace() {
        return place;
    }

    public String getOrganizer() {
        return organizer;
    }

    public String getRegionCode() {
        return regionCode;
    }

    public String getRemarks() {
        return remarks;
    }

    @Override
    public boolean equals(Object o) {
        return this == o || (o instanceof Exhibition other && id != null && id.equals(other.id));
    }

    @Override
    public int hashCode() {
        return Exhibition.class.hashCode();
    }
}
