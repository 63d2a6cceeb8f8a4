package cn.gov.hlj.consumptionaid;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.theme.lumo.Lumo;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.modulith.Modulithic;

/**
 * The Heilongjiang Consumption Aid Portal (黑龙江省消费扶贫行动管理平台).
 * <p>
 * Vaadin 25 components are unstyled without a theme stylesheet; there is no npm build (see docs/decisions), so
 * Lumo and the portal's own CSS are loaded as static stylesheets. Server push carries the progress and outcome of
 * background jobs (imports) to the page.
 */
@SpringBootApplication
@Modulithic(systemName = "黑龙江省消费扶贫行动管理平台", sharedModules = "shared")
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://styles/portal.css")
@Push
public class Application implements AppShellConfigurator {

    public static void main(String[] args) {
        SpringApplication.run(Application.class, args);
    }
}
