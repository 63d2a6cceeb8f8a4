package cn.gov.hlj.consumptionaid.catalog.demo;

import cn.gov.hlj.consumptionaid.catalog.CreditCodes;
import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import cn.gov.hlj.consumptionaid.reference.RegionRow;
import org.junit.jupiter.api.Test;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoCatalogDataTest {

    private static final List<RegionRow> COUNTIES = List.of(
            new RegionRow("230129", "230100", RegionLevel.COUNTY, "延寿县", "Yanshou County", true, false),
            new RegionRow("230624", "230600", RegionLevel.COUNTY, "杜尔伯特蒙古族自治县", "Durbet", true, false),
            new RegionRow("230881", "230800", RegionLevel.COUNTY, "同江市", "Tongjiang", true, false));

    @Test
    void market_entities_have_valid_unique_credit_codes_in_their_county() {
        var entities = DemoCatalogData.entities(COUNTIES, new Random(1));
        assertThat(entities).hasSize(DemoCatalogData.ENTITIES)
                .allSatisfy(e -> assertThat(CreditCodes.isValid(e.creditCode())).isTrue())
                .allSatisfy(e -> assertThat(e.creditCode().substring(2, 8)).isEqualTo(e.county()));
        assertThat(entities.stream().map(DemoCatalogData.Entity::creditCode).collect(Collectors.toSet()))
                .hasSize(entities.size());
        assertThat(entities.stream().map(DemoCatalogData.Entity::name).collect(Collectors.toSet()))
                .hasSize(entities.size());
    }

    @Test
    void products_carry_their_county_name_a_unique_catalog_number_and_a_date_in_the_last_year() {
        var today = LocalDate.of(2026, 11, 28);
        var entities = DemoCatalogData.entities(COUNTIES, new Random(1));
        var products = DemoCatalogData.products(entities, today, new Random(2));
        assertThat(products).hasSize(DemoCatalogData.PRODUCTS)
                .allSatisfy(p -> assertThat(p.publishedOn()).isBetween(today.minusDays(361), today.minusDays(1)))
                .allSatisfy(p -> assertThat(p.catalogNumber()).startsWith("HLJ-" + p.publishedOn().getYear() + "-"
                        + p.county() + "-"));
        assertThat(products.stream().map(DemoCatalogData.Product::catalogNumber).collect(Collectors.toSet()))
                .hasSize(products.size());
        assertThat(products).filteredOn(p -> p.county().equals("230624"))
                .allSatisfy(p -> assertThat(p.name()).startsWith("杜尔伯特").doesNotContain("蒙古族"));
        assertThat(products).filteredOn(p -> p.county().equals("230129"))
                .allSatisfy(p -> assertThat(p.name()).startsWith("延寿").doesNotStartWith("延寿县"));
    }
}
