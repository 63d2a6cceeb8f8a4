package cn.gov.hlj.consumptionaid.accounts;

import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import org.junit.jupiter.api.Test;

import java.util.Set;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DataScopeTest {

    private static AppUser user(String department, String region, String... roles) {
        return new AppUser("u", "U", department, region, Set.of(roles), null);
    }

    @Test
    void a_leader_sees_every_department_in_the_whole_province() {
        var scope = user(null, "230000", AppRoles.LEADER).scope();
        assertThat(scope.allDepartments()).isTrue();
        assertThat(scope.coversDepartment("FINANCE")).isTrue();
        assertThat(scope.coversRegion("230129")).isTrue();
        assertThat(scope.coversRegion("220104")).as("a region of Jilin").isFalse();
    }

    @Test
    void a_task_force_member_sees_only_their_own_department() {
        var scope = user("FINANCE", "230000", AppRoles.DEPARTMENT_MEMBER).scope();
        assertThat(scope.coversDepartment("FINANCE")).isTrue();
        assertThat(scope.coversDepartment("EDUCATION")).isFalse();
    }

    @Test
    void a_city_reviewer_sees_the_counties_of_their_prefecture_only() {
        var scope = user(null, "230100", AppRoles.CITY_REVIEWER).scope();
        assertThat(scope.regionPrefix()).isEqualTo("2301");
        assertThat(scope.coversRegion("230129")).as("延寿县 in 哈尔滨市").isTrue();
        assertThat(scope.coversRegion("230100")).isTrue();
        assertThat(scope.coversRegion("230200")).as("齐齐哈尔市").isFalse();
        assertThat(scope.coversRegion(null)).isFalse();
    }

    @Test
    void a_county_reviewer_sees_their_county_only() {
        var scope = user(null, "230129", AppRoles.COUNTY_REVIEWER).scope();
        assertThat(scope.coversRegion("230129")).isTrue();
        assertThat(scope.coversRegion("230128")).isFalse();
    }

    @Test
    void a_provincial_administrator_administers_all_and_a_department_administrator_only_their_department() {
        var provincial = user(null, "230000", AppRoles.ADMIN).scope();
        var finance = user("FINANCE", "230000", AppRoles.ADMIN).scope();
        var educationTarget = user("EDUCATION", "230000", AppRoles.DEPARTMENT_MEMBER).scope();
        var financeTarget = user("FINANCE", "230100", AppRoles.DEPARTMENT_MEMBER).scope();
        assertThat(provincial.contains(educationTarget)).isTrue();
        assertThat(finance.contains(financeTarget)).isTrue();
        assertThat(finance.contains(educationTarget)).isFalse();
        assertThat(finance.contains(provincial)).isFalse();
    }

    @Test
    void a_region_code_has_six_digits() {
        assertThatThrownBy(() -> new DataScope(true, Set.of(), "2301")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void a_department_scope_does_not_cover_accounts_of_no_department_and_all_departments_do() {
        var finance = user("FINANCE", "230000", AppRoles.ADMIN).scope();
        assertThat(finance.coversDepartment(null)).isFalse();
        assertThat(user(null, "230000", AppRoles.ADMIN).scope().coversDepartment(null)).isTrue();
    }
}
