package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplication;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationSpecifications;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * The 黑龙江省扶贫产品目录: products published after their public notice, within the user's region, for reviewers,
 * supervisors and leadership.
 */
@Service
@PreAuthorize("hasAnyAuthority('" + AppRoles.CERTIFY_COUNTY + "', '" + AppRoles.CERTIFY_CITY + "', '"
        + AppRoles.CERTIFY_PROVINCE + "', '" + AppRoles.SUPERVISE + "', '" + AppRoles.OVERVIEW_VIEW + "')")
public class CatalogService {

    /** Entries expiring within this many days are flagged: renewal opens three months before expiry. */
    public static final int EXPIRING_WITHIN_DAYS = 90;
    private static final Sort BY_NUMBER = Sort.by("catalogNumber");

    /** A product of the catalog with no sale for this long is a withdrawal candidate (一年内无销售). */
    public static final int NO_SALES_DAYS = 365;

    private final CertificationApplicationRepository applications;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final List<ProductTrade> trade;

    CatalogService(CertificationApplicationRepository applications, CurrentUser currentUser, Clock clock,
                   List<ProductTrade> trade) {
        this.applications = applications;
        this.currentUser = currentUser;
        this.clock = clock;
        this.trade = List.copyOf(trade);
    }

    /**
     * The catalog entries of the filter (within the user's region) that have been listed for a year or longer — on
     * their own or through the entry they renewed — and had no counted purchase or sale in the last
     * {@value #NO_SALES_DAYS} days: the candidates for withdrawal with the reason 一年内无销售. By catalog number.
     */
    @Transactional(readOnly = true)
    public List<CatalogEntryRow> withdrawalCandidates(CatalogFilter filter) {
        var today = LocalDate.now(clock);
        var since = today.minusDays(NO_SALES_DAYS);
        var spec = CertificationApplicationSpecifications.catalog(Objects.requireNonNull(filter),
                currentUser.require().scope().regionPrefix(), today, EXPIRING_WITHIN_DAYS);
        var listed = applications.findAll(spec, BY_NUMBER).stream()
                .filter(a -> !a.getPublishedOn().isAfter(since) || a.getRenewalOfId() != null)
                .toList();
        var ids = listed.stream().map(CertificationApplication::getId).toList();
        var traded = new java.util.HashSet<Long>();
        for (int from = 0; from < ids.size(); from += 5000) {
            var chunk = ids.subList(from, Math.min(ids.size(), from + 5000));
            trade.forEach(source -> traded.addAll(source.tradedSince(since, chunk)));
        }
        return listed.stream().filter(a -> !traded.contains(a.getId())).map(a -> toEntry(a, today)).toList();
    }

    /** One page of the catalog entries the filter selects, by catalog number unless sorted otherwise. */
    @Transactional(readOnly = true)
    public List<CatalogEntryRow> list(CatalogFilter filter, Pageable pageable) {
        var today = LocalDate.now(clock);
        var spec = CertificationApplicationSpecifications.catalog(Objects.requireNonNull(filter),
                currentUser.require().scope().regionPrefix(), today, EXPIRING_WITHIN_DAYS);
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(BY_NUMBER) : BY_NUMBER;
        var found = pageable.isUnpaged() ? applications.findAll(spec, sort)
                : applications.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))
                        .getContent();
        return found.stream().map(a -> toEntry(a, today)).toList();
    }

    @Transactional(readOnly = true)
    public long count(CatalogFilter filter) {
        return applications.count(CertificationApplicationSpecifications.catalog(Objects.requireNonNull(filter),
                currentUser.require().scope().regionPrefix(), LocalDate.now(clock), EXPIRING_WITHIN_DAYS));
    }

    private static CatalogEntryRow toEntry(CertificationApplication application, LocalDate today) {
        var row = application.toRow();
        var expiry = row.validUntil().isBefore(today) ? CatalogExpiry.EXPIRED
                : row.validUntil().isBefore(today.plusDays(EXPIRING_WITHIN_DAYS + 1)) ? CatalogExpiry.EXPIRING
                : CatalogExpiry.VALID;
        return new CatalogEntryRow(row.id(), row.catalogNumber(), row.countyCode(), row.productName(),
                row.categoryCode(), row.producerName(), row.creditCode(), row.poorPeopleDriven(),
                row.commodityValue(), row.countyCode(), row.priority(), application.getPublishedOn(),
                row.validUntil(), expiry);
    }
}
