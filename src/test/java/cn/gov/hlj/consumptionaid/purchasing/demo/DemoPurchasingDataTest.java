package cn.gov.hlj.consumptionaid.purchasing.demo;

import cn.gov.hlj.consumptionaid.reference.RegionLevel;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Random;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

class DemoPurchasingDataTest {

    private static List<DemoPurchasingData.Region> regions() throws IOException {
        try (var in = DemoPurchasingDataTest.class.getResourceAsStream("/refdata/regions.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1)
                    .map(line -> line.split(","))
                    .map(f -> new DemoPurchasingData.Region(f[0], f[1], RegionLevel.valueOf(f[2].toUpperCase()),
                            f[3], Boolean.parseBoolean(f[5]) || Boolean.parseBoolean(f[6])))
                    .toList();
        }
    }

    @Test
    void the_province_gets_about_four_thousand_budget_units_150_soes_and_300_private_firms() throws IOException {
        var units = DemoPurchasingData.units(regions(), new Random(1));
        var byType = units.stream().collect(Collectors.groupingBy(DemoPurchasingData.Unit::type,
                Collectors.counting()));
        assertThat(byType.get("BUDGET_UNIT")).isBetween(3_500L, 4_500L);
        assertThat(byType.get("SOE")).isEqualTo(150);
        assertThat(byType.get("PRIVATE_ENTERPRISE")).isEqualTo(300);
        assertThat(units.stream().map(DemoPurchasingData.Unit::code).collect(Collectors.toSet()))
                .as("codes are unique").hasSize(units.size());
        assertThat(new HashSet<>(units.stream().map(DemoPurchasingData.Unit::name).toList()))
                .as("names are unique").hasSize(units.size());
    }

    @Test
    void schools_hospitals_and_soes_sit_in_real_regions_with_their_departments() throws IOException {
        var regions = regions();
        var codes = regions.stream().map(DemoPurchasingData.Region::code).collect(Collectors.toSet());
        var units = DemoPurchasingData.units(regions, new Random(1));
        assertThat(units).allSatisfy(unit -> assertThat(codes).contains(unit.region()));
        assertThat(units).filteredOn(u -> "SCHOOL".equals(u.kind()))
                .allSatisfy(u -> assertThat(u.school()).isNotNull())
                .allSatisfy(u -> assertThat(u.department()).isEqualTo("EDUCATION"));
        assertThat(units).filteredOn(u -> u.name().equals("延寿县人民医院")).singleElement()
                .satisfies(u -> assertThat(u.region()).isEqualTo("230129"));
        var poverty = regions.stream().filter(DemoPurchasingData.Region::poverty)
                .map(DemoPurchasingData.Region::code).collect(Collectors.toSet());
        assertThat(units).filteredOn(u -> "SOE".equals(u.type()))
                .allSatisfy(u -> assertThat(poverty).contains(u.paired()));
        assertThat(units).filteredOn(u -> "哈尔滨工业大学".equals(u.name())).singleElement()
                .satisfies(u -> assertThat(u.school()).isEqualTo("UNIVERSITY"));
    }
}
