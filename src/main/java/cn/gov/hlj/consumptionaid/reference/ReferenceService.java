package cn.gov.hlj.consumptionaid.reference;

import cn.gov.hlj.consumptionaid.reference.domain.Department;
import cn.gov.hlj.consumptionaid.reference.domain.DepartmentRepository;
import cn.gov.hlj.consumptionaid.reference.domain.ProductCategory;
import cn.gov.hlj.consumptionaid.reference.domain.ProductCategoryRepository;
import cn.gov.hlj.consumptionaid.reference.domain.PublicHoliday;
import cn.gov.hlj.consumptionaid.reference.domain.PublicHolidayRepository;
import cn.gov.hlj.consumptionaid.reference.domain.Region;
import cn.gov.hlj.consumptionaid.reference.domain.RegionRepository;
import cn.gov.hlj.consumptionaid.reference.domain.RegionSpecifications;
import cn.gov.hlj.consumptionaid.reference.domain.SalesChannel;
import cn.gov.hlj.consumptionaid.reference.domain.SalesChannelRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * Reference data for every module: regions, departments, product categories, sales channels and the public-holiday
 * calendar. Reading needs {@value AppRoles#REFERENCE_VIEW}; changing the calendar needs
 * {@value AppRoles#REFERENCE_EDIT}. For working-day arithmetic use {@link WorkingDays}.
 */
@Service
@PreAuthorize("hasAuthority('" + AppRoles.REFERENCE_VIEW + "')")
public class ReferenceService {

    private static final Sort BY_CODE = Sort.by("code");

    private final RegionRepository regions;
    private final DepartmentRepository departments;
    private final ProductCategoryRepository categories;
    private final SalesChannelRepository channels;
    private final PublicHolidayRepository holidays;
    private final ApplicationEventPublisher events;

    ReferenceService(RegionRepository regions, DepartmentRepository departments, ProductCategoryRepository categories,
                     SalesChannelRepository channels, PublicHolidayRepository holidays,
                     ApplicationEventPublisher events) {
        this.regions = regions;
        this.departments = departments;
        this.categories = categories;
        this.channels = channels;
        this.holidays = holidays;
        this.events = events;
    }

    /** The 13 prefecture-level units, by code. */
    @Transactional(readOnly = true)
    public List<RegionRow> prefectures() {
        return regions.findByLevelOrderByCode(RegionLevel.PREFECTURE).stream().map(Region::toRow).toList();
    }

    /** The 28 former poverty counties (20 national, 8 provincial), by code. */
    @Transactional(readOnly = true)
    public List<RegionRow> povertyCounties() {
        return regions.findByNationalPovertyCountyTrueOrProvincialPovertyCountyTrueOrderByCode().stream()
                .map(Region::toRow).toList();
    }

    @Transactional(readOnly = true)
    public Optional<RegionRow> region(String code) {
        return code == null ? Optional.empty() : regions.findById(code).map(Region::toRow);
    }

    /** The county-level units of one prefecture, by code. */
    @Transactional(readOnly = true)
    public List<RegionRow> counties(String prefectureCode) {
        return regions.findByParentCodeAndLevelOrderByCode(prefectureCode, RegionLevel.COUNTY).stream()
                .map(Region::toRow).toList();
    }

    /**
     * One page of the regions the filter selects. Sort properties are the names of {@link RegionRow}'s components;
     * without a sort the regions come by code.
     */
    @Transactional(readOnly = true)
    public List<RegionRow> findRegions(RegionFilter filter, Pageable pageable) {
        var spec = RegionSpecifications.matching(Objects.requireNonNull(filter));
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(BY_CODE) : BY_CODE;
        var found = pageable.isUnpaged()
                ? regions.findAll(spec, sort)
                : regions.findBy(spec, query -> query
                        .slice(PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))).getContent();
        return found.stream().map(Region::toRow).toList();
    }

    @Transactional(readOnly = true)
    public long countRegions(RegionFilter filter) {
        return regions.count(RegionSpecifications.matching(Objects.requireNonNull(filter)));
    }

    /** The ten task-force departments first (in the order of DESIGN.md §1), then the other purchaser departments. */
    @Transactional(readOnly = true)
    public List<DepartmentRow> departments() {
        return departments.findAllByOrderBySortOrderAscCodeAsc().stream().map(Department::toRow).toList();
    }

    @Transactional(readOnly = true)
    public List<CategoryRow> categories() {
        return categories.findAllByOrderBySortOrderAscCodeAsc().stream().map(ProductCategory::toRow).toList();
    }

    @Transactional(readOnly = true)
    public List<ChannelRow> channels() {
        return channels.findAllByOrderBySortOrderAscCodeAsc().stream().map(SalesChannel::toRow).toList();
    }

    /** The holidays and adjusted working days of one year, by date. */
    @Transactional(readOnly = true)
    public List<HolidayRow> holidays(int year) {
        return holidays.findByDateBetweenOrderByDate(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31)).stream()
                .map(PublicHoliday::toRow).toList();
    }

    /** The years that have calendar rows, ascending. */
    @Transactional(readOnly = true)
    public List<Integer> holidayYears() {
        return holidays.findYears();
    }

    /**
     * Adds one day to the calendar, typically next year's arrangement once the State Council has published it.
     * Refused with a {@link ReferenceDataException} (and nothing written) when the date, kind or a name is missing,
     * the date is already in the calendar, an adjusted working day is not a Saturday or Sunday, or the date would
     * leave a year without holidays between the known years and it (2028 before 2027 is entered).
     */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.REFERENCE_EDIT + "')")
    public void addHoliday(HolidayRow row) {
        if (row == null || row.date() == null) {
            throw new ReferenceDataException("reference.holiday.error.date-required");
        }
        var date = row.date();
        if (row.kind() == null) {
            throw new ReferenceDataException("reference.holiday.error.kind-required", date);
        }
        if (blank(row.nameZh()) || blank(row.nameEn())) {
            throw new ReferenceDataException("reference.holiday.error.names-required", date);
        }
        var existing = holidays.findById(date);
        if (existing.isPresent()) {
            throw new ReferenceDataException("reference.holiday.error.duplicate", date,
                    existing.get().toRow().nameZh());
        }
        if (row.kind() == HolidayKind.ADJUSTED_WORKDAY && !PublicHoliday.isWeekend(date)) {
            throw new ReferenceDataException("reference.holiday.error.adjusted-workday-not-weekend", date);
        }
        var years = holidays.findYears();
        if (!years.isEmpty()) {
            int first = years.getFirst();
            int last = years.getLast();
            if (date.getYear() > last + 1) {
                throw new ReferenceDataException("reference.holiday.error.year-gap", date,
                        String.valueOf(last + 1));
            }
            if (date.getYear() < first - 1) {
                throw new ReferenceDataException("reference.holiday.error.year-gap", date,
                        String.valueOf(first - 1));
            }
        }
        holidays.save(new PublicHoliday(date, row.kind(), row.nameZh(), row.nameEn()));
        events.publishEvent(new HolidayCalendarChanged(date, row.kind(), false));
    }

    /** Removes one day from the calendar; refused if the date is not in it. */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.REFERENCE_EDIT + "')")
    public void removeHoliday(LocalDate date) {
        if (date == null) {
            throw new ReferenceDataException("reference.holiday.error.date-required");
        }
        var holiday = holidays.findById(date)
                .orElseThrow(() -> new ReferenceDataException("reference.holiday.error.not-found", date));
        var kind = holiday.toRow().kind();
        holidays.delete(holiday);
        events.publishEvent(new HolidayCalendarChanged(date, kind, true));
    }

    private static boolean blank(String text) {
        return text == null || text.isBlank();
    }
}
