package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import cn.gov.hlj.consumptionaid.reference.ChannelKind;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.sales.domain.DealTotals;
import cn.gov.hlj.consumptionaid.sales.domain.Exhibition;
import cn.gov.hlj.consumptionaid.sales.domain.ExhibitionDeal;
import cn.gov.hlj.consumptionaid.sales.domain.ExhibitionDealRepository;
import cn.gov.hlj.consumptionaid.sales.domain.ExhibitionRepository;
import cn.gov.hlj.consumptionaid.sales.domain.ExhibitionSpecifications;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Exhibitions (哈洽会, 农交会, 绿博会 … — the channels of kind exhibition) and the deals signed there. The commerce task
 * force records them within its region; the lead office and leaders read them. Every refusal is a
 * {@link SalesException} naming the field, and nothing is written.
 */
@Service
@PreAuthorize(SalesAccess.COMMERCE_READ)
public class ExhibitionService {

    /** An exhibition runs for days, not months: a longer span is a typing error. */
    static final int MAX_DAYS = 31;
    /** One deal of a hundred billion yuan or more is a typing error. */
    static final BigDecimal MAX_DEAL = new BigDecimal("100000000000");
    private static final Sort NEWEST_FIRST = Sort.by(Sort.Order.desc("startsOn"), Sort.Order.asc("id"));

    private static final String EXHIBITION_IN_SCOPE = "@scope.coversRegion(@salesScope.regionOfExhibition(#id))";
    private static final String DEAL_IN_SCOPE = "@scope.coversRegion(@salesScope.regionOfDeal(#dealId))";

    private final ExhibitionRepository exhibitions;
    private final ExhibitionDealRepository deals;
    private final CatalogProducts catalog;
    private final ReferenceService reference;
    private final CurrentUser currentUser;

    ExhibitionService(ExhibitionRepository exhibitions, ExhibitionDealRepository deals, CatalogProducts catalog,
                      ReferenceService reference, CurrentUser currentUser) {
        this.exhibitions = exhibitions;
        this.deals = deals;
        this.catalog = catalog;
        this.reference = reference;
        this.currentUser = currentUser;
    }

    /** Whether the signed-in user may record exhibitions and deals (shows or hides the buttons). */
    public boolean editable() {
        return currentUser.get().map(SalesAccess::editsCommerceRecords).orElse(false);
    }

    /** One page of the exhibitions in the user's region, newest first unless sorted otherwise, with deal totals. */
    @Transactional(readOnly = true)
    public List<ExhibitionRow> list(ExhibitionFilter filter, Pageable pageable) {
        var spec = ExhibitionSpecifications.matching(Objects.requireNonNull(filter), scopePrefix());
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(Sort.by("id")) : NEWEST_FIRST;
        var found = pageable.isUnpaged() ? exhibitions.findAll(spec, sort)
                : exhibitions.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))
                        .getContent();
        var totals = found.isEmpty() ? Map.<Long, DealTotals>of()
                : exhibitions.findDealTotals(found.stream().map(Exhibition::getId).toList()).stream()
                        .collect(Collectors.toMap(DealTotals::exhibitionId, Function.identity()));
        return found.stream().map(e -> toRow(e, totals.get(e.getId()))).toList();
    }

    @Transactional(readOnly = true)
    public long count(ExhibitionFilter filter) {
        return exhibitions.count(ExhibitionSpecifications.matching(Objects.requireNonNull(filter), scopePrefix()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SalesAccess.COMMERCE_READ + " and " + EXHIBITION_IN_SCOPE)
    public ExhibitionRow find(long id) {
        var exhibition = exhibitions.findById(id)
                .orElseThrow(() -> new SalesException("sales.exhibition.error.not-found", id));
        return toRow(exhibition, exhibitions.findDealTotals(List.of(id)).stream().findFirst().orElse(null));
    }

    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and @scope.coversRegion(#form?.regionCode())")
    public ExhibitionRow create(ExhibitionForm form) {
        var saved = exhibitions.saveAndFlush(new Exhibition(check(form, null)));
        return toRow(saved, null);
    }

    /** Changes an exhibition; its deals must still fall within the new dates. */
    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and " + EXHIBITION_IN_SCOPE
            + " and @scope.coversRegion(#form?.regionCode())")
    public ExhibitionRow update(long id, long version, ExhibitionForm form) {
        var exhibition = load(id, version);
        var checked = check(form, id);
        var outside = exhibition.getDeals().stream()
                .filter(d -> d.getSignedOn().isBefore(checked.startsOn()) || d.getSignedOn().isAfter(checked.endsOn()))
                .findFirst();
        if (outside.isPresent()) {
            throw new SalesException("sales.exhibition.error.deals-outside-dates", outside.get().getProjectName(),
                    outside.get().getSignedOn().toString());
        }
        exhibition.update(checked);
        return toRow(flush(exhibition), exhibitions.findDealTotals(List.of(id)).stream().findFirst().orElse(null));
    }

    /** Removes an exhibition with its deals. */
    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and " + EXHIBITION_IN_SCOPE)
    public void delete(long id, long version) {
        exhibitions.delete(load(id, version));
        try {
            exhibitions.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new SalesException("sales.error.changed");
        }
    }

    /** The deals of an exhibition, by signing date. */
    @Transactional(readOnly = true)
    @PreAuthorize(SalesAccess.COMMERCE_READ + " and " + EXHIBITION_IN_SCOPE)
    public List<DealRow> deals(long id) {
        var exhibition = exhibitions.findById(id)
                .orElseThrow(() -> new SalesException("sales.exhibition.error.not-found", id));
        return toRows(exhibition.getDeals());
    }

    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and " + EXHIBITION_IN_SCOPE)
    public DealRow addDeal(long id, DealForm form) {
        var exhibition = exhibitions.findById(id)
                .orElseThrow(() -> new SalesException("sales.exhibition.error.not-found", id));
        var deal = checkDeal(form, exhibition);
        var added = exhibition.addDeal(deal.projectName(), deal.supplier() == null ? null : deal.supplier().id(),
                deal.supplierName(), deal.buyerName(), deal.amount(), deal.signedOn());
        return toRow(deals.saveAndFlush(added), deal.supplier());
    }

    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and " + DEAL_IN_SCOPE)
    public DealRow updateDeal(long dealId, long version, DealForm form) {
        var deal = loadDeal(dealId, version);
        var checked = checkDeal(form, deal.getExhibition());
        deal.update(checked.projectName(), checked.supplier() == null ? null : checked.supplier().id(),
                checked.supplierName(), checked.buyerName(), checked.amount(), checked.signedOn());
        try {
            return toRow(deals.saveAndFlush(deal), checked.supplier());
        } catch (OptimisticLockingFailureException e) {
            throw new SalesException("sales.error.changed");
        }
    }

    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and " + DEAL_IN_SCOPE)
    public void removeDeal(long dealId, long version) {
        var deal = loadDeal(dealId, version);
        deal.getExhibition().removeDeal(deal);
        try {
            deals.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new SalesException("sales.error.changed");
        }
    }

    private Exhibition load(long id, long version) {
        var exhibition = exhibitions.findById(id)
                .orElseThrow(() -> new SalesException("sales.exhibition.error.not-found", id));
        if (exhibition.getVersion() != version) {
            throw new SalesException("sales.error.changed");
        }
        return exhibition;
    }

    private ExhibitionDeal loadDeal(long id, long version) {
        var deal = deals.findById(id).orElseThrow(() -> new SalesException("sales.deal.error.not-found", id));
        if (deal.getVersion() != version) {
            throw new SalesException("sales.error.changed");
        }
        return deal;
    }

    private Exhibition flush(Exhibition exhibition) {
        try {
            return exhibitions.saveAndFlush(exhibition);
        } catch (OptimisticLockingFailureException e) {
            throw new SalesException("sales.error.changed");
        }
    }

    private String scopePrefix() {
        return currentUser.require().scope().regionPrefix();
    }

    private ExhibitionForm check(ExhibitionForm form, Long self) {
        Objects.requireNonNull(form, "form");
        var channelCode = FormRules.required(form.channelCode(), "sales.exhibition.channel");
        var channel = reference.channels().stream().filter(c -> c.code().equals(channelCode)).findFirst()
                .orElseThrow(() -> new SalesException("sales.exhibition.error.channel-not-exhibition", channelCode));
        if (channel.kind() != ChannelKind.EXHIBITION) {
            throw new SalesException("sales.exhibition.error.channel-not-exhibition", channel.nameZh());
        }
        var name = FormRules.text(form.name(), "sales.exhibition.name", 200);
        var startsOn = FormRules.required(form.startsOn(), "sales.exhibition.starts-on");
        var endsOn = FormRules.required(form.endsOn(), "sales.exhibition.ends-on");
        if (endsOn.isBefore(startsOn)) {
            throw new SalesException("sales.exhibition.error.ends-before-start");
        }
        if (ChronoUnit.DAYS.between(startsOn, endsOn) + 1 > MAX_DAYS) {
            throw new SalesException("sales.exhibition.error.too-long", MAX_DAYS);
        }
        var place = FormRules.text(form.place(), "sales.exhibition.place", 300);
        var organizer = FormRules.text(form.organizer(), "sales.exhibition.organizer", 200);
        var regionCode = FormRules.required(form.regionCode(), "sales.exhibition.region");
        if (reference.region(regionCode).isEmpty()) {
            throw new SalesException("sales.error.region-unknown", regionCode);
        }
        var remarks = FormRules.optionalText(form.remarks(), "sales.exhibition.remarks", 500);
        exhibitions.findIdByName(name).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new SalesException("sales.exhibition.error.duplicate", name);
        });
        return new ExhibitionForm(channelCode, name, startsOn, endsOn, place, organizer, regionCode, remarks);
    }

    /** A checked deal: texts trimmed, the supplier resolved when a credit code was given. */
    private record CheckedDeal(String projectName, MarketEntityRef supplier, String supplierName, String buyerName,
                               BigDecimal amount, java.time.LocalDate signedOn) {
    }

    private CheckedDeal checkDeal(DealForm form, Exhibition exhibition) {
        Objects.requireNonNull(form, "form");
        var project = FormRules.text(form.projectName(), "sales.deal.project", 200);
        MarketEntityRef supplier = null;
        var code = CreditCodes.normalize(form.supplierCreditCode());
        if (code != null) {
            if (!CreditCodes.isValid(code)) {
                throw new SalesException("sales.deal.error.credit-code", code);
            }
            supplier = catalog.entityByCreditCode(code)
                    .orElseThrow(() -> new SalesException("sales.deal.error.supplier-unknown", code));
        }
        var supplierName = supplier != null ? supplier.name()
                : FormRules.text(form.supplierName(), "sales.deal.supplier", 200);
        var buyer = FormRules.text(form.buyerName(), "sales.deal.buyer", 200);
        var amount = FormRules.required(form.amount(), "sales.deal.amount");
        if (amount.signum() <= 0 || amount.compareTo(MAX_DEAL) >= 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new SalesException("sales.deal.error.amount");
        }
        var signedOn = FormRules.required(form.signedOn(), "sales.deal.signed-on");
        if (signedOn.isBefore(exhibition.getStartsOn()) || signedOn.isAfter(exhibition.getEndsOn())) {
            throw new SalesException("sales.deal.error.signed-outside", exhibition.getStartsOn().toString(),
                    exhibition.getEndsOn().toString());
        }
        return new CheckedDeal(project, supplier, supplierName, buyer, amount.setScale(2, RoundingMode.UNNECESSARY),
                signedOn);
    }

    private static ExhibitionRow toRow(Exhibition e, DealTotals totals) {
        return new ExhibitionRow(e.getId(), e.getVersion(), e.getChannelCode(), e.getName(), e.getStartsOn(),
                e.getEndsOn(), e.getPlace(), e.getOrganizer(), e.getRegionCode(), e.getRemarks(),
                totals == null ? 0 : totals.deals(),
                totals == null || totals.amount() == null ? BigDecimal.ZERO.setScale(2) : totals.amount());
    }

    private List<DealRow> toRows(List<ExhibitionDeal> list) {
        var ids = list.stream().map(ExhibitionDeal::getSupplierId).filter(Objects::nonNull).toList();
        var suppliers = ids.isEmpty() ? Map.<Long, MarketEntityRef>of() : catalog.entitiesByIds(ids);
        return list.stream().map(d -> toRow(d, d.getSupplierId() == null ? null : suppliers.get(d.getSupplierId())))
                .toList();
    }

    private static DealRow toRow(ExhibitionDeal deal, MarketEntityRef supplier) {
        return new DealRow(deal.getId(), deal.getVersion(), deal.getExhibition().getId(), deal.getProjectName(),
                deal.getSupplierId(), supplier == null ? null : supplier.creditCode(), deal.getSupplierName(),
                deal.getBuyerName(), deal.getAmount(), deal.getSignedOn());
    }
}
