package cn.gov.hlj.consumptionaid.security;

import cn.gov.hlj.consumptionaid.catalog.CatalogFixtures;
import cn.gov.hlj.consumptionaid.catalog.CatalogTestData;
import cn.gov.hlj.consumptionaid.catalog.CertificationStatus;
import cn.gov.hlj.consumptionaid.catalog.domain.CertificationApplicationRepository;
import cn.gov.hlj.consumptionaid.catalog.domain.MarketEntityRepository;
import cn.gov.hlj.consumptionaid.shared.security.AppRoles;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasUrlParameter;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.annotation.security.DenyAll;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every route × every role of {@link AppRoles} and the anonymous visitor: each cell is navigated to with karibu as
 * an account holding that one role, and the outcome (the view shown, or refused: Vaadin's access denial, the login
 * page, another view) must be what the view's {@code @RolesAllowed} / {@code @PermitAll} / {@code @AnonymousAllowed}
 * says. Routes are found by a classpath scan of {@code @Route}, so a new view is in the matrix without a change here;
 * a view without one of those annotations fails the matrix.
 * <p>
 * A few views narrow their role further by the member's department (a task force opens only its own dashboard, only
 * the commerce department manages outlets and exhibitions, the sales pages need a sales lens, of the task forces only
 * SASAC edits a bulletin). For those the table
 * {@link #DEPARTMENT_MEMBER_OF} names the task-force member who may open them, and the matrix checks both that this
 * member gets in and that a member of another department ({@value #OTHER_MEMBER}) does not.
 */
class RouteAccessMatrixTest extends KaribuTest {

    static final String ANONYMOUS = "(anonymous)";

    /** One demo account per role, holding that role alone. A new role without an entry here fails the matrix. */
    static final Map<String, String> ACCOUNT_OF_ROLE = Map.of(
            AppRoles.LEADER, "leader",
            AppRoles.DEPARTMENT_MEMBER, "finance",
            AppRoles.COUNTY_REVIEWER, "yanshou-reviewer",
            AppRoles.CITY_REVIEWER, "harbin-reviewer",
            AppRoles.PROVINCE_REVIEWER, "province-reviewer",
            AppRoles.SUPERVISOR, "supervisor",
            AppRoles.BULLETIN_EDITOR, "bulletin-editor",
            AppRoles.ADMIN, "admin");

    /** The task-force member of a department a route is narrowed to (the default member is {@value #OTHER_MEMBER}). */
    static final Map<String, String> DEPARTMENT_MEMBER_OF = Map.ofEntries(
            Map.entry("dashboard/poverty-office", "poverty-office"),
            Map.entry("dashboard/cyberspace", "cyberspace"),
            Map.entry("dashboard/education", "education"),
            Map.entry("dashboard/agriculture", "agriculture"),
            Map.entry("dashboard/commerce", "commerce"),
            Map.entry("dashboard/sasac", "sasac"),
            Map.entry("dashboard/development-reform", "development-reform"),
            Map.entry("dashboard/supply-cooperative", "supply-cooperative"),
            Map.entry("dashboard/commerce-federation", "commerce-federation"),
            Map.entry("commerce/outlets", "commerce"),
            Map.entry("commerce/exhibitions", "commerce"),
            Map.entry("data/sales", "commerce"),
            Map.entry("data/import/sales", "commerce"),
            // Of the task forces only SASAC edits a bulletin (its SOE procurement bulletin); bulletin editors edit all.
            Map.entry("bulletins/editor", "sasac"));

    static final String OTHER_MEMBER = "finance";

    @Autowired
    MarketEntityRepository entities;
    @Autowired
    CertificationApplicationRepository applications;
    @Autowired
    TransactionTemplate transaction;

    enum Outcome { SHOWN, REFUSED }

    record Cell(String who, String account, Outcome expected, Outcome actual, String detail) {
    }

    static Stream<Class<? extends Component>> routes() {
        return scanRoutes().stream();
    }

    @SuppressWarnings("unchecked")
    static List<Class<? extends Component>> scanRoutes() {
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        var found = new ArrayList<Class<? extends Component>>();
        for (var candidate : scanner.findCandidateComponents("cn.gov.hlj.consumptionaid")) {
            try {
                found.add((Class<? extends Component>) Class.forName(candidate.getBeanClassName()));
            } catch (ClassNotFoundException e) {
                throw new IllegalStateException(e);
            }
        }
        found.sort((a, b) -> a.getName().compareTo(b.getName()));
        return found;
    }

    @Test
    void every_route_vaadin_registered_is_in_the_matrix_and_every_role_has_an_account() {
        var registered = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                .map(RouteData::getNavigationTarget).map(Class::getName).collect(java.util.stream.Collectors.toSet());
        var scanned = scanRoutes().stream().map(Class::getName).collect(java.util.stream.Collectors.toSet());
        assertThat(registered).isEqualTo(scanned);
        assertThat(scanned).hasSizeGreaterThan(30);
        assertThat(ACCOUNT_OF_ROLE.keySet()).containsExactlyInAnyOrderElementsOf(AppRoles.ROLES);
    }

    @Test
    void every_view_and_layout_states_who_may_open_it() throws ClassNotFoundException {
        var undecided = new TreeSet<String>();
        var layouts = new ClassPathScanningCandidateComponentProvider(false);
        layouts.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        var types = new ArrayList<Class<?>>(scanRoutes());
        for (var candidate : layouts.findCandidateComponents("cn.gov.hlj.consumptionaid")) {
            types.add(Class.forName(candidate.getBeanClassName()));
        }
        assertThat(types).hasSizeGreaterThan(scanRoutes().size());
        for (var view : types) {
            int stated = (view.isAnnotationPresent(RolesAllowed.class) ? 1 : 0)
                    + (view.isAnnotationPresent(PermitAll.class) ? 1 : 0)
                    + (view.isAnnotationPresent(AnonymousAllowed.class) ? 1 : 0)
                    + (view.isAnnotationPresent(DenyAll.class) ? 1 : 0);
            if (stated != 1) {
                undecided.add(view.getName() + " (" + stated + " access annotations)");
            }
        }
        assertThat(undecided).as("views and layouts without exactly one of @RolesAllowed/@PermitAll/@AnonymousAllowed/@DenyAll")
                .isEmpty();
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("routes")
    void each_role_is_let_in_or_refused_as_the_view_says(Class<? extends Component> view) {
        var path = samplePath(view);
        var cells = new ArrayList<Cell>();
        cells.add(cell(view, path, ANONYMOUS, null, expected(view, null)));
        for (var role : AppRoles.ROLES) {
            var account = ACCOUNT_OF_ROLE.get(role);
            var member = DEPARTMENT_MEMBER_OF.get(path);
            if (role.equals(AppRoles.DEPARTMENT_MEMBER) && member != null) {
                cells.add(cell(view, path, role, member, expected(view, role)));
                cells.add(cell(view, path, role + " of another department", OTHER_MEMBER, Outcome.REFUSED));
            } else {
                cells.add(cell(view, path, role, account, expected(view, role)));
            }
        }
        var wrong = cells.stream().filter(c -> c.expected() != c.actual()).toList();
        assertThat(wrong).as("cells of /%s (%s)", path, view.getSimpleName()).isEmpty();
        // Every route refuses someone or is deliberately open to all.
        assertThat(cells).extracting(Cell::actual).contains(Outcome.SHOWN);
    }

    /** What the annotations say for a role, {@code null} meaning the anonymous visitor. */
    static Outcome expected(Class<?> view, String role) {
        if (view.isAnnotationPresent(AnonymousAllowed.class)) {
            return Outcome.SHOWN;
        }
        if (role == null || view.isAnnotationPresent(DenyAll.class)) {
            return Outcome.REFUSED;
        }
        if (view.isAnnotationPresent(PermitAll.class)) {
            return Outcome.SHOWN;
        }
        var allowed = view.getAnnotation(RolesAllowed.class);
        if (allowed == null) {
            throw new AssertionError(view.getName() + " does not say who may open it");
        }
        return Arrays.asList(allowed.value()).contains(role) ? Outcome.SHOWN : Outcome.REFUSED;
    }

    private Cell cell(Class<? extends Component> view, String path, String who, String account, Outcome expected) {
        if (account == null) {
            signOut();
        } else {
            login(account);
        }
        Outcome actual;
        String detail;
        try {
            UI.getCurrent().navigate(path);
            var current = UI.getCurrent().getCurrentView();
            actual = view.isInstance(current) ? Outcome.SHOWN : Outcome.REFUSED;
            detail = current.getClass().getSimpleName();
        } catch (MockAccessDeniedException | NotFoundException e) {
            // karibu's access denial (Vaadin's own, or a view's rerouteToError(AccessDeniedException)); not found is
            // what a view with a URL parameter answers for a record outside the user's scope
            actual = Outcome.REFUSED;
            detail = e.getClass().getSimpleName() + ": " + e.getMessage();
        }
        return new Cell(who, account, expected, actual, detail);
    }

    /** The anonymous visitor: no authentication, a request without a user. */
    private void signOut() {
        logout();
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(null);
        request.setUserInRole((principal, role) -> false);
    }

    private final Map<Class<?>, String> paths = new LinkedHashMap<>();

    /**
     * The address of a view; a view with a URL parameter needs a value that exists and is in the scope of the
     * roles that may open it (an application of 延寿县, which every reviewer level and the supervisor cover).
     */
    private String samplePath(Class<? extends Component> view) {
        return paths.computeIfAbsent(view, v -> {
            var template = RouteConfiguration.forApplicationScope().getAvailableRoutes().stream()
                    .filter(r -> r.getNavigationTarget().equals(v)).map(RouteData::getTemplate).findFirst()
                    .orElseThrow(() -> new AssertionError(v.getName() + " is not registered"));
            if (!HasUrlParameter.class.isAssignableFrom(v)) {
                return template;
            }
            var parameter = URL_PARAMETERS.get(v.getSimpleName());
            assertThat(parameter).as("a sample URL parameter for " + v.getName() + " in URL_PARAMETERS").isNotNull();
            return template.substring(0, template.indexOf("/:")) + "/" + parameter.apply(this);
        });
    }

    interface Sample {
        String apply(RouteAccessMatrixTest test);
    }

    /** Sample values of views with a URL parameter, by simple class name; a new such view fails until it is added. */
    static final Map<String, Sample> URL_PARAMETERS = Map.of(
            "ApplicationView", test -> Long.toString(new CatalogFixtures(test.entities, test.applications,
                    test.transaction).application(CatalogTestData.YANSHOU, CatalogTestData.unique("路由矩阵大米"),
                    CertificationStatus.SUBMITTED)));
}
