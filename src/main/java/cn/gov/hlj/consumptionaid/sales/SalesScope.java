package cn.gov.hlj.consumptionaid.sales;

import cn.gov.hlj.consumptionaid.sales.domain.ExhibitionDealRepository;
import cn.gov.hlj.consumptionaid.sales.domain.ExhibitionRepository;
import cn.gov.hlj.consumptionaid.sales.domain.OutletRepository;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The region a record of this module belongs to, for the region check of {@code @PreAuthorize}:
 * {@code @scope.coversRegion(@salesScope.regionOfOutlet(#id))}. An unknown id has no region, which no scope covers, so
 * it is refused like a record of another region.
 */
@Component("salesScope")
public class SalesScope {

    private final OutletRepository outlets;
    private final ExhibitionRepository exhibitions;
    private final ExhibitionDealRepository deals;

    SalesScope(OutletRepository outlets, ExhibitionRepository exhibitions, ExhibitionDealRepository deals) {
        this.outlets = outlets;
        this.exhibitions = exhibitions;
        this.deals = deals;
    }

    @Transactional(readOnly = true)
    public String regionOfOutlet(Long id) {
        return id == null ? null : outlets.findRegionCode(id).orElse(null);
    }

    @Transactional(readOnly = true)
    public String regionOfExhibition(Long id) {
        return id == null ? null : exhibitions.findRegionCode(id).orElse(null);
    }

    @Transactional(readOnly = true)
    public String regionOfDeal(Long id) {
        return id == null ? null : deals.findRegionCode(id).orElse(null);
    }
}
