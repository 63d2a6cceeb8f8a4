package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.accounts.CurrentUser;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntity;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.SupplierRecommendation;
import cn.gov.hlj.consumptionaid.catalog.domain.SupplierRecommendationRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;

/**
 * Supplier recommendation to the 832 platform (供应商推荐): a county reviewer recommends an eligible entity of their
 * county (not blacklisted, with a product in the catalog), the province reviews it and records the national outcome.
 */
@Service
@PreAuthorize(CertificationService.READ)
public class SupplierRecommendationService {

    private static final String IN_SCOPE = "@scope.coversRegion(@catalogScope.countyOfRecommendation(#id))";
    private static final String PROVINCE = "hasAuthority('" + AppRoles.CERTIFY_PROVINCE + "')";

    private final SupplierRecommendationRepository recommendations;
    private final MarketEntityRepository entities;
    private final CertificationApplicationRepository applications;
    private final CurrentUser currentUser;
    private final Clock clock;

    SupplierRecommendationService(SupplierRecommendationRepository recommendations, MarketEntityRepository entities,
                                  CertificationApplicationRepository applications, CurrentUser currentUser,
                                  Clock clock) {
        this.recommendations = recommendations;
        this.entities = entities;
        this.applications = applications;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @Transactional
    @PreAuthorize("hasAuthority('" + AppRoles.CERTIFY_COUNTY + "')"
            + " and @scope.coversRegion(@catalogScope.countyOfEntity(#entityId))")
    public RecommendationRow recommend(long entityId, String comment) {
        var entity = entities.findById(entityId)
                .orElseThrow(() -> new CatalogException("catalog.entity.error.not-found", entityId));
        if (recommendations.existsByEntityAndStatusIn(entity, RecommendationStatus.ACTIVE)) {
            throw new CatalogException("catalog.recommendation.error.already", entity.getName());
        }
        if (applications.findByEntity(entity).stream()
                .noneMatch(a -> CertificationStatus.LISTED.contains(a.getStatus()))) {
            throw new CatalogException("catalog.recommendation.error.no-product", entity.getName());
        }
        MarketEntityService.optionalText(comment, "catalog.application.comment", SupplierRecommendation.TEXT_LENGTH);
        var recommendation = new SupplierRecommendation(entity, actor(ReviewLevel.COUNTY), LocalDateTime.now(clock),
                comment);
        return recommendations.saveAndFlush(recommendation).toRow();
    }

    /** The province agrees or refuses (a refusal needs a reason). */
    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public RecommendationRow review(long id, long version, boolean approve, String comment) {
        var recommendation = load(id, version);
        if (!approve) {
            MarketEntityService.requireText(comment, "catalog.application.reason", SupplierRecommendation.TEXT_LENGTH);
        }
        recommendation.reviewAtProvince(approve, comment, actor(ReviewLevel.PROVINCE));
        return save(recommendation);
    }

    /** The outcome of the national review: admitted on a date, or refused with a reason. */
    @Transactional
    @PreAuthorize(PROVINCE + " and " + IN_SCOPE)
    public RecommendationRow recordNationalOutcome(long id, long version, boolean admitted, LocalDate on,
                                                   String reason) {
        var recommendation = load(id, version);
        if (on == null) {
            throw new CatalogException("catalog.error.field-required", "catalog.recommendation.national-decided-on");
        }
        if (!admitted) {
            MarketEntityService.requireText(reason, "catalog.application.reason", SupplierRecommendation.TEXT_LENGTH);
        }
        recommendation.recordNationalOutcome(admitted, on, reason, actor(ReviewLevel.PROVINCE));
        return save(recommendation);
    }

    /** The recommendations of the user's region, newest first. */
    @Transactional(readOnly = true)
    public List<RecommendationRow> list() {
        return recommendations.findInRegion(prefix()).stream().map(SupplierRecommendation::toRow).toList();
    }

    /** Eligible entities of the user's region that are not (or no longer) recommended: “应上尽上”. */
    @Transactional(readOnly = true)
    public List<MarketEntityRow> eligibleNotRecommended() {
        return recommendations.findEligibleNotRecommended(prefix(), CertificationStatus.LISTED,
                RecommendationStatus.ACTIVE).stream().map(MarketEntity::toRow).toList();
    }

    private SupplierRecommendation load(long id, long version) {
        var recommendation = recommendations.findById(id)
                .orElseThrow(() -> new CatalogException("catalog.recommendation.error.not-found", id));
        if (recommendation.getVersion() != version) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
        return recommendation;
    }

    private RecommendationRow save(SupplierRecommendation recommendation) {
        try {
            return recommendations.saveAndFlush(recommendation).toRow();
        } catch (OptimisticLockingFailureException e) {
            throw new CatalogException("catalog.error.changed-by-someone-else");
        }
    }

    private Actor actor(ReviewLevel level) {
        var user = currentUser.require();
        return new Actor(user.username(), user.displayName(), level, user.scope().regionPrefix());
    }

    private String prefix() {
        return currentUser.require().scope().regionPrefix();
    }
}
