package cn.gov.hlj.consumptionaid.support;

import com.github.mvysny.fakeservlet.FakeRequest;
import com.github.mvysny.kaributesting.v10.MockVaadin;
import com.github.mvysny.kaributesting.v10.Routes;
import com.github.mvysny.kaributesting.v10.spring.MockSpringServlet;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.server.VaadinService;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;
import org.springframework.context.annotation.ClassPathScanningCandidateComponentProvider;
import org.springframework.core.type.filter.AnnotationTypeFilter;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import cn.gov.hlj.consumptionaid.shared.jobs.JobProgressIndicator;
import com.vaadin.flow.server.VaadinServletRequest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.core.userdetails.UserDetailsService;

/**
 * Base of the browserless UI tests (karibu-testing): the real Spring context and views, a mocked servlet
 * environment, and {@link #login} as one of the demo accounts.
 */
@IntegrationTest
public abstract class KaribuTest {

    private static Routes routes;

    @Autowired
    protected ApplicationContext context;

    @Autowired
    private UserDetailsService userDetailsService;

    /**
     * This context's own strategy, as the secured services read it. The static {@link SecurityContextHolder} holds the
     * strategy of the Spring context started last, which is another one when a test class with a different
     * configuration ran in between.
     */
    @Autowired
    private ObjectProvider<SecurityContextHolderStrategy> contextHolder;

    private SecurityContextHolderStrategy contextHolder() {
        return contextHolder.getIfAvailable(SecurityContextHolder::getContextHolderStrategy);
    }

    private static List<Class<? extends RouterLayout>> layouts;

    /** Views and layouts are package-private, which karibu's own discovery skips; Spring's scanner finds them. */
    @BeforeAll
    @SuppressWarnings("unchecked")
    static void discoverRoutes() throws ClassNotFoundException {
        routes = new Routes();
        layouts = new ArrayList<>();
        var scanner = new ClassPathScanningCandidateComponentProvider(false);
        scanner.addIncludeFilter(new AnnotationTypeFilter(Route.class));
        scanner.addIncludeFilter(new AnnotationTypeFilter(Layout.class));
        for (var candidate : scanner.findCandidateComponents("cn.gov.hlj.consumptionaid")) {
            var type = Class.forName(candidate.getBeanClassName());
            if (type.isAnnotationPresent(Route.class)) {
                routes.getRoutes().add((Class<? extends Component>) type);
            }
            if (type.isAnnotationPresent(Layout.class)) {
                layouts.add((Class<? extends RouterLayout>) type);
            }
        }
    }

    @BeforeEach
    void setUpVaadin() {
        MockVaadin.setup(UI::new, new MockSpringServlet(routes, context, UI::new));
        var registry = ApplicationRouteRegistry.getInstance(VaadinService.getCurrent().getContext());
        layouts.forEach(registry::setLayout);
    }

    @AfterEach
    void tearDownVaadin() {
        logout();
        MockVaadin.tearDown();
    }

    /** Signs in as a demo account, as the form login would, and opens the home page. */
    protected void login(String username) {
        var user = userDetailsService.loadUserByUsername(username);
        var authentication = UsernamePasswordAuthenticationToken.authenticated(user, null, user.getAuthorities());
        contextHolder().getContext().setAuthentication(authentication);
        // Vaadin's navigation access control asks the request, not the security context.
        var request = (FakeRequest) VaadinServletRequest.getCurrent().getRequest();
        request.setUserPrincipalInt(authentication);
        request.setUserInRole((principal, role) -> user.getAuthorities().stream()
                .map(GrantedAuthority::getAuthority).anyMatch(("ROLE_" + role)::equals));
        UI.getCurrent().navigate("");
    }

    /**
     * Waits for the background job of a page to end and runs the UI updates it pushed (karibu queues
     * {@code UI.access} calls from other threads until a client round trip).
     */
    protected static void finishJob(JobProgressIndicator indicator) {
        indicator.job().ifPresent(job -> {
            try {
                job.outcome().get(30, TimeUnit.SECONDS);
            } catch (ExecutionException | CancellationException e) {
                // the page shows the outcome
            } catch (InterruptedException | TimeoutException e) {
                throw new AssertionError("The job did not end", e);
            }
        });
        MockVaadin.clientRoundtrip(false);
    }

    protected void logout() {
        contextHolder().clearContext();
    }
}
