/**
 * Market entities (with the GB 32100-2015 credit code check), the certification workflow (county → city → province →
 * national filing → 5-working-day public notice → catalog), the 黑龙江省扶贫产品目录, renewal, withdrawal, complaints,
 * the 扶贫失信黑名单 and supplier recommendation to the 832 platform. Public API: {@code CertificationService},
 * {@code CatalogService}, {@code MarketEntityService}, {@code ComplaintService},
 * {@code SupplierRecommendationService}, their records, and the events {@code ProductCertified},
 * {@code ProductWithdrawn} and {@code MarketEntityBlacklisted}. See
 * {@code docs/decisions/2026-11-28-certification-applicant-and-catalog-numbers.md}.
 * May depend on {@code shared}, {@code reference} and {@code accounts}.
 */
@ApplicationModule(displayName = "产品认定 Catalog", allowedDependencies = { "shared", "reference", "accounts" })
package cn.gov.hlj.consumptionaid.catalog;

import org.springframework.modulith.ApplicationModule;
