package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.reference.ReferenceService;
import cn.gov.hlj.consumptionaid.sales.domain.Outlet;
import cn.gov.hlj.consumptionaid.sales.domain.OutletRepository;
import cn.gov.hlj.consumptionaid.sales.domain.OutletSpecifications;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;

/**
 * Offline outlets (消费扶贫专柜/专区/专馆) and the catalog products on sale there. The commerce task force records them
 * within its region; the lead office and leaders read them. Every refusal is a {@link SalesException} naming the
 * field, and nothing is written.
 */
@Service
@PreAuthorize(SalesAccess.COMMERCE_READ)
public class OutletService {

    static final int MAX_PRODUCTS = 500;
    private static final Sort BY_NAME = Sort.by("name", "id");

    private final OutletRepository outlets;
    private final CatalogProducts catalog;
    private final ReferenceService reference;
    private final CurrentUser currentUser;
    private final Clock clock;

    OutletService(OutletRepository outlets, CatalogProducts catalog, ReferenceService reference,
                  CurrentUser currentUser, Clock clock) {
        this.outlets = outlets;
        this.catalog = catalog;
        this.reference = reference;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    /** Whether the signed-in user may record outlets (shows or hides the buttons). */
    public boolean editable() {
        return currentUser.get().map(SalesAccess::editsCommerceRecords).orElse(false);
    }

    /** One page of the outlets in the user's region that the filter selects, by name unless sorted otherwise. */
    @Transactional(readOnly = true)
    public List<OutletRow> list(OutletFilter filter, Pageable pageable) {
        var spec = OutletSpecifications.matching(Objects.requireNonNull(filter), scopePrefix());
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(BY_NAME) : BY_NAME;
        var found = pageable.isUnpaged() ? outlets.findAll(spec, sort)
                : outlets.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))
                        .getContent();
        return found.stream().map(Outlet::toRow).toList();
    }

    @Transactional(readOnly = true)
    public long count(OutletFilter filter) {
        return outlets.count(OutletSpecifications.matching(Objects.requireNonNull(filter), scopePrefix()));
    }

    @Transactional(readOnly = true)
    @PreAuthorize(SalesAccess.COMMERCE_READ + " and @scope.coversRegion(@salesScope.regionOfOutlet(#id))")
    public OutletRow find(long id) {
        return outlets.findById(id).map(Outlet::toRow)
                .orElseThrow(() -> new SalesException("sales.outlet.error.not-found", id));
    }

    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and @scope.coversRegion(#form?.regionCode())")
    public OutletRow create(OutletForm form) {
        var checked = check(form, null);
        return outlets.saveAndFlush(new Outlet(checked)).toRow();
    }

    /** Changes an outlet of the user's region; it may move only to another region of their scope. */
    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and @scope.coversRegion(@salesScope.regionOfOutlet(#id))"
            + " and @scope.coversRegion(#form?.regionCode())")
    public OutletRow update(long id, long version, OutletForm form) {
        var outlet = load(id, version);
        outlet.update(check(form, id));
        try {
            return outlets.saveAndFlush(outlet).toRow();
        } catch (OptimisticLockingFailureException e) {
            throw new SalesException("sales.error.changed");
        }
    }

    @Transactional
    @PreAuthorize(SalesAccess.COMMERCE_EDIT + " and @scope.coversRegion(@salesScope.regionOfOutlet(#id))")
    public void delete(long id, long version) {
        outlets.delete(load(id, version));
        try {
            outlets.flush();
        } catch (OptimisticLockingFailureException e) {
            throw new SalesException("sales.error.changed");
        }
    }

    /** Products in the catalog now whose name, number or producer contains the text, for the product picker. */
    @Transactional(readOnly = true)
    public List<CatalogProduct> searchProducts(String text, int limit) {
        return catalog.search(text, limit);
    }

    /** The catalog products with these ids, by catalog number (for showing an outlet's products). */
    @Transactional(readOnly = true)
    public List<CatalogProduct> products(Collection<Long> ids) {
        return ids.isEmpty() ? List.of() : catalog.byIds(ids).values().stream()
                .sorted(Comparator.comparing(CatalogProduct::catalogNumber)).toList();
    }

    private Outlet load(long id, long version) {
        var outlet = outlets.findById(id).orElseThrow(() -> new SalesException("sales.outlet.error.not-found", id));
        if (outlet.getVersion() != version) {
            throw new SalesException("sales.error.changed");
        }
        return outlet;
    }

    private String scopePrefix() {
        return currentUser.require().scope().regionPrefix();
    }

    /** The form with its texts trimmed, or a refusal naming the first field that is wrong. */
    private OutletForm check(OutletForm form, Long self) {
        Objects.requireNonNull(form, "form");
        var kind = FormRules.required(form.kind(), "sales.outlet.kind");
        var name = FormRules.text(form.name(), "sales.outlet.name", 200);
        var address = FormRules.text(form.address(), "sales.outlet.address", 300);
        var regionCode = FormRules.required(form.regionCode(), "sales.outlet.region");
        if (reference.region(regionCode).isEmpty()) {
            throw new SalesException("sales.error.region-unknown", regionCode);
        }
        var operator = FormRules.text(form.operatorName(), "sales.outlet.operator", 200);
        var openedOn = FormRules.required(form.openedOn(), "sales.outlet.opened-on");
        var status = FormRules.required(form.status(), "sales.outlet.status");
        var closedOn = form.closedOn();
        if (closedOn != null) {
            if (closedOn.isBefore(openedOn)) {
                throw new SalesException("sales.outlet.error.closed-before-opened");
            }
            if (closedOn.isAfter(LocalDate.now(clock))) {
                throw new SalesException("sales.outlet.error.closed-in-future");
            }
            if (status != OutletStatus.CLOSED) {
                throw new SalesException("sales.outlet.error.closed-needs-status");
            }
        } else if (status == OutletStatus.CLOSED) {
            throw new SalesException("sales.outlet.error.closed-needs-date");
        }
        var remarks = FormRules.optionalText(form.remarks(), "sales.outlet.remarks", 500);
        if (form.productIds().size() > MAX_PRODUCTS) {
            throw new SalesException("sales.outlet.error.too-many-products", MAX_PRODUCTS);
        }
        if (!form.productIds().isEmpty()) {
            var products = catalog.byIds(form.productIds());
            for (var id : form.productIds().stream().sorted().toList()) {
                var product = products.get(id);
                if (product == null) {
                    throw new SalesException("sales.outlet.error.product-unknown", id);
                }
                if (!product.inCatalog()) {
                    throw new SalesException("sales.outlet.error.product-not-in-catalog", product.productName(),
                            product.catalogNumber());
                }
            }
        }
        outlets.findIdByRegionAndName(regionCode, name).filter(other -> !other.equals(self)).ifPresent(other -> {
            throw new SalesException("sales.outlet.error.duplicate", name);
        });
        return new OutletForm(kind, name, address, regionCode, operator, openedOn, closedOn, status,
                form.productIds(), remarks);
    }
}
