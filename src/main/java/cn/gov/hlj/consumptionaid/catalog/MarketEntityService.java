package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.accounts.DataScope;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntitySpecifications;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Pageable;
import org.springframework.data.domain.Sort;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Objects;

/**
 * The registry of market entities (市场主体). Reviewers and supervisors read the entities of their region; a county
 * reviewer registers and edits those of their own county; supervisors and the province put an entity on the
 * 扶贫失信黑名单, and only a province reviewer takes it off again.
 */
@Service
@PreAuthorize(MarketEntityService.READ)
public class MarketEntityService {

    /** Who reads the registry; a method's own {@code @PreAuthorize} replaces the class's, so it repeats this. */
    static final String READ = "hasAnyAuthority('" + AppRoles.CERTIFY_COUNTY + "', '" + AppRoles.CERTIFY_CITY + "', '"
            + AppRoles.CERTIFY_PROVINCE + "', '" + AppRoles.SUPERVISE + "')";

    private static final Sort BY_NAME = Sort.by("name", "id");

    private final MarketEntityRepository entities;
    private final CertificationApplicationRepository applications;
    private final FormChecks checks;
    private final CurrentUser currentUser;
    private final ApplicationEventPublisher events;
    private final Clock clock;

    MarketEntityService(MarketEntityRepository entities, CertificationApplicationRepository applications,
                        FormChecks checks, CurrentUser currentUser, ApplicationEventPublisher events,
                        Clock clock) {
        this.entities = entities;
        this.applications = applications;
        this.checks = checks;
        this.currentUser = currentUser;
        this.events = events;
        this.clock = clock;
    }

    /** Registers an entity of the reviewer's county; refused (nothing written) with a message naming the field. */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.CERTIFY_COUNTY + "') and @scope.coversRegion(#form?.countyCode())")
    public MarketEntityRow register(MarketEntityForm form) {
        var code = CreditCodes.check(form.creditCode());
        validate(form);
        entities.findByCreditCode(code).ifPresent(existing -> {
            throw new CatalogException("catalog.entity.error.duplicate", code, existing.getName());
        });
        return entities.saveAndFlush(new MarketEntity(form.withCreditCode(code))).toRow();
    }

    /** Changes an entity of the reviewer's county (it may move only within their county, i.e. not at all). */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.CERTIFY_COUNTY + "')"
            + " and @scope.coversRegion(@catalogScope.countyOfEntity(#id))"
            + " and @scope.coversRegion(#form?.countyCode())")
    public MarketEntityRow update(long id, long version, MarketEntityForm form) {
        var entity = load(id, version);
        if (!entity.getCreditCode().equals(CreditCodes.normalize(form.creditCode()))) {
            throw new CatalogException("catalog.entity.error.credit-code-fixed", entity.getCreditCode());
        }
        validate(form);
        entity.update(form.withCreditCode(entity.getCreditCode()));
        return flush(entity).toRow();
    }

    @Transactional(readOnly = true)
    @PreAuthorize(READ + " and @scope.coversRegion(@catalogScope.countyOfEntity(#id))")
    public MarketEntityRow find(long id) {
        return entities.findById(id).map(MarketEntity::toRow)
                .orElseThrow(() -> new CatalogException("catalog.entity.error.not-found", id));
    }

    /** One page of the entities in the user's region that the filter selects, by name. */
    @Transactional(readOnly = true)
    public List<MarketEntityRow> list(MarketEntityFilter filter, Pageable pageable) {
        var spec = MarketEntitySpecifications.matching(Objects.requireNonNull(filter), scope().regionPrefix());
        var sort = pageable.getSort().isSorted() ? pageable.getSort().and(BY_NAME) : BY_NAME;
        var found = pageable.isUnpaged() ? entities.findAll(spec, sort)
                : entities.findAll(spec, PageRequest.of(pageable.getPageNumber(), pageable.getPageSize(), sort))
                        .getContent();
        return found.stream().map(MarketEntity::toRow).toList();
    }

    @Transactional(readOnly = true)
    public long count(MarketEntityFilter filter) {
        return entities.count(MarketEntitySpecifications.matching(Objects.requireNonNull(filter),
                scope().regionPrefix()));
    }

    /**
     * Puts an entity on the 扶贫失信黑名单 with reason and evidence: it can no longer apply, its applications under
     * review are rejected and its products leave the catalog at once. Publishes {@link MarketEntityBlacklisted} and a
     * {@link ProductWithdrawn} per product.
     */
    @Transactional
    @PreAuthorize("hasAnyAuthority('" + AppRoles.SUPERVISE + "', '" + AppRoles.CERTIFY_PROVINCE + "')"
            + " and @scope.coversRegion(@catalogScope.countyOfEntity(#id))")
    public MarketEntityRow blacklist(long id, long version, String reason, String evidence) {
        var entity = load(id, version);
        if (entity.isBlacklisted()) {
            throw new CatalogException("catalog.entity.error.already-blacklisted", entity.getName());
        }
        requireText(reason, "catalog.entity.blacklist-reason", MarketEntity.REASON_LENGTH);
        optionalText(evidence, "catalog.entity.blacklist-evidence", MarketEntity.REASON_LENGTH);
        var today = LocalDate.now(clock);
        entity.blacklist(reason, evidence, today);
        var row = flush(entity).toRow();
        events.publishEvent(new MarketEntityBlacklisted(entity.getId(), entity.getCreditCode(), entity.getName(),
                entity.getCountyCode(), reason.strip(), today));
        var user = currentUser.require();
        for (var application : applications.findByEntity(entity)) {
            if (application.closeBecauseBlacklisted(reason, user.username(), user.displayName(), today,
                    LocalDateTime.now(clock))) {
                events.publishEvent(new ProductWithdrawn(application.getId(), application.getCatalogNumber(),
                        application.getProductName(), application.getCountyCode(), WithdrawalReason.VIOLATION, today));
            }
        }
        applications.flush();
        return row;
    }

    /** Takes an entity off the blacklist; only a province reviewer, with a reason. */
    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.CERTIFY_PROVINCE + "')")
    public MarketEntityRow removeFromBlacklist(long id, long version, String reason) {
        var entity = load(id, version);
        if (!entity.isBlacklisted()) {
            throw new CatalogException("catalog.entity.error.not-blacklisted", entity.getName());
        }
        requireText(reason, "catalog.entity.removal-reason", MarketEntity.REASON_LENGTH);
        entity.removeFromBlacklist(reason);
        return flush(entity).toRow();
    }

    private MarketEntity load(long id, long version) {
        var entity = entities.findById(id)
                .orElseThrow(() -> new CatalogException("catalog.entity.error.not-found", id));
        if (entity.getVersion() != version) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
        return entity;
    }

    private MarketEntity flush(MarketEntity entity) {
        try {
            return entities.saveAndFlush(entity);
        } catch (OptimisticLockingFailureException e) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
    }

    private void validate(MarketEntityForm form) {
        checks.entity(form);
    }

    /**
     * Refuses a blank or too long text. The field is named by its label key, which the view translates
     * ({@code CatalogMessages}), so the message says which field is wrong in the user's language.
     */
    static void requireText(String value, String fieldKey, int maxLength) {
        if (value == null || value.isBlank()) {
            throw new CatalogException("catalog.error.field-required", fieldKey);
        }
        optionalText(value, fieldKey, maxLength);
    }

    static void optionalText(String value, String fieldKey, int maxLength) {
        if (value != null && value.strip().length() > maxLength) {
            throw new CatalogException("catalog.error.field-too-long", fieldKey, maxLength);
        }
    }

    private DataScope scope() {
        return currentUser.scope().orElseThrow(() -> new IllegalStateException("No user is signed in"));
    }
}
