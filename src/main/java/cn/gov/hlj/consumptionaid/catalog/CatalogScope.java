package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.catalog.domain.AttachmentRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.ComplaintRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.SupplierRecommendationRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The county a catalog record belongs to, for the region check of {@code @PreAuthorize}:
 * {@code @scope.coversRegion(@catalogScope.countyOfApplication(#id))}. An unknown id has no county, which no scope
 * covers, so it is refused like a record of another region (nothing is revealed about ids outside one's scope).
 */
@Component("catalogScope")
public class CatalogScope {

    private final MarketEntityRepository entities;
    private final CertificationApplicationRepository applications;
    private final ComplaintRepository complaints;
    private final SupplierRecommendationRepository recommendations;
    private final AttachmentRepository attachments;

    CatalogScope(MarketEntityRepository entities, CertificationApplicationRepository applications,
                 ComplaintRepository complaints, SupplierRecommendationRepository recommendations,
                 AttachmentRepository attachments) {
        this.attachments = attachments;
        this.recommendations = recommendations;
        this.entities = entities;
        this.applications = applications;
        this.complaints = complaints;
    }

    @Transactional(readOnly = true)
    public String countyOfEntity(Long id) {
        return id == null ? null : entities.findById(id).map(e -> e.getCountyCode()).orElse(null);
    }

    @Transactional(readOnly = true)
    public String countyOfApplication(Long id) {
        return id == null ? null : applications.findCountyCode(id).orElse(null);
    }

    @Transactional(readOnly = true)
    public String countyOfComplaint(Long id) {
        return id == null ? null : complaints.findCountyCode(id).orElse(null);
    }

    @Transactional(readOnly = true)
    public String countyOfRecommendation(Long id) {
        return id == null ? null : recommendations.findCountyCode(id).orElse(null);
    }

    @Transactional(readOnly = true)
    public String countyOfAttachment(Long id) {
        return id == null ? null : attachments.findCountyCode(id).orElse(null);
    }
}
