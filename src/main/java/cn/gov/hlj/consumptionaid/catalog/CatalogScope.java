package cn.gov.hlj.consumptionaid.catalog;

import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
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

    CatalogScope(MarketEntityRepository entities) {
        this.entities = entities;
    }

    @Transactional(readOnly = true)
    public String countyOfEntity(Long id) {
        return id == null ? null : entities.findById(id).map(e -> e.getCountyCode()).orElse(null);
    }
}
