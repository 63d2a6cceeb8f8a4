package cn.gov.hlj.consumptionaid.security;

import org.junit.jupiter.api.Test;

import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every public method of every service bean is guarded by {@code @PreAuthorize} (its own or its class's), and a
 * guard that lets every signed-in user (or everyone) through is listed here with the reason. A new method without a
 * guard, or a new open one, fails this test.
 */
class ServiceMethodSecurityTest {

    /** Expressions that check no permission at all. */
    private static final Set<String> OPEN_EXPRESSIONS = Set.of("permitAll()", "isAuthenticated()");

    private static final String WORKING_DAYS = "the public holiday calendar is published by the State Council; deadlines"
            + " are computed with it for every role and by scheduled jobs that run without a user";

    /** Methods deliberately open, by {@code Service#method(Types)}, with the reason. */
    static final Map<String, String> OPEN = Map.ofEntries(
            Map.entry("EmbeddedAccountDirectory#setOwnLocale(Locale)",
                    "every signed-in user chooses their own language; the method changes only the caller's account"),
            Map.entry("KeycloakAccountDirectory#setOwnLocale(Locale)",
                    "every signed-in user chooses their own language; the method changes only the caller's account"),
            Map.entry("WorkingDays#isWorkingDay(LocalDate)", WORKING_DAYS),
            Map.entry("WorkingDays#plusWorkingDays(LocalDate,int)", WORKING_DAYS),
            Map.entry("WorkingDays#endOfPeriod(LocalDate,int)", WORKING_DAYS),
            Map.entry("WorkingDays#countWorkingDays(LocalDate,LocalDate)", WORKING_DAYS),
            Map.entry("WorkingDays#firstKnownYear()", WORKING_DAYS),
            Map.entry("WorkingDays#lastKnownYear()", WORKING_DAYS),
            Map.entry("WorkingDays#on(HolidayCalendarChanged)",
                    "an event listener of the holiday calendar, called by Spring after an administrator's change"));

    @Test
    void every_public_method_of_every_service_is_guarded_by_pre_authorize() {
        var unguarded = new TreeSet<String>();
        for (var method : ServiceMethods.all()) {
            if (method.expression() == null || method.expression().isBlank()) {
                unguarded.add(method.key());
            }
        }
        assertThat(unguarded).as("public service methods without @PreAuthorize on the method or its class").isEmpty();
    }

    @Test
    void a_method_open_to_every_user_is_listed_with_its_reason() {
        var open = new TreeSet<String>();
        for (var method : ServiceMethods.all()) {
            if (method.expression() != null && OPEN_EXPRESSIONS.contains(method.expression().replace(" ", ""))) {
                open.add(method.key());
            }
        }
        assertThat(open).as("open service methods (permitAll/isAuthenticated) and the reasons listed in OPEN")
                .isEqualTo(new TreeSet<>(OPEN.keySet()));
        assertThat(OPEN.values()).allSatisfy(reason -> assertThat(reason).isNotBlank());
    }

    @Test
    void the_scan_finds_the_services_of_every_module() {
        var services = new TreeSet<String>();
        ServiceMethods.all().forEach(m -> services.add(m.service().getSimpleName()));
        assertThat(services).contains("PurchaseImport", "SalesImport", "CatalogImportService", "CertificationService",
                "BulletinService", "ReferenceService", "EmbeddedAccountDirectory", "IndicatorService");
        ServiceMethods.all().stream().filter(ServiceMethods.Guarded::takesScope)
                .forEach(m -> System.out.println("SCOPED " + m.key() + " :: " + m.expression()));
    }
}
