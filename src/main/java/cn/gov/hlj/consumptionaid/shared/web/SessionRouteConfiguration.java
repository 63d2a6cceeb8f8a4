package cn.gov.hlj.consumptionaid.shared.web;

import org.apache.catalina.Container;
import org.apache.catalina.Engine;
import org.apache.catalina.Lifecycle;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnClass;
import org.springframework.boot.tomcat.servlet.TomcatServletWebServerFactory;
import org.springframework.boot.web.server.WebServerFactoryCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.regex.Pattern;

/**
 * Sticky sessions behind a load balancer: with {@code portal.cluster.route} set (e.g. {@code portal1}; from the
 * environment variable {@code PORTAL_ROUTE}), Tomcat appends it to every session id ({@code JSESSIONID=….portal1},
 * Tomcat's {@code jvmRoute}) and nginx sends a request to the replica its cookie names (docker/nginx/). Vaadin keeps
 * the UI state in the server session, so a browser must stay on the replica that holds it. Empty (the default): plain
 * session ids, as on a single server.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnClass(TomcatServletWebServerFactory.class)
public class SessionRouteConfiguration {

    private static final Logger log = LoggerFactory.getLogger(SessionRouteConfiguration.class);

    /** Letters, digits, hyphens and underscores: it travels in a cookie and an nginx map. */
    static final Pattern ROUTE = Pattern.compile("[A-Za-z0-9_-]{1,32}");

    @Bean
    WebServerFactoryCustomizer<TomcatServletWebServerFactory> sessionRouteCustomizer(
            @Value("${portal.cluster.route:}") String route) {
        return factory -> {
            if (route.isBlank()) {
                return;
            }
            if (!ROUTE.matcher(route).matches()) {
                throw new IllegalStateException("portal.cluster.route (PORTAL_ROUTE) must be 1–32 letters, digits,"
                        + " hyphens or underscores: " + route);
            }
            // The engine's jvmRoute is read by the session manager when the context starts; set it just before.
            factory.addContextCustomizers(context -> context.addLifecycleListener(event -> {
                if (Lifecycle.BEFORE_START_EVENT.equals(event.getType())) {
                    engineOf(context).setJvmRoute(route);
                    log.info("Session ids carry the route .{} (sticky sessions)", route);
                }
            }));
        };
    }

    private static Engine engineOf(Container container) {
        Container current = container;
        while (current != null && !(current instanceof Engine)) {
            current = current.getParent();
        }
        if (current == null) {
            throw new IllegalStateException("The web application is not inside a Tomcat engine");
        }
        return (Engine) current;
    }
}
