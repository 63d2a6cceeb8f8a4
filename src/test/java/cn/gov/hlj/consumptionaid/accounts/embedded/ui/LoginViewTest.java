package cn.gov.hlj.consumptionaid.accounts.embedded.ui;

import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import org.junit.jupiter.api.Test;

import java.util.Locale;

import static com.github.mvysny.kaributesting.v10.LocatorJ._click;
import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends KaribuTest {

    @Test
    void an_anonymous_visitor_is_sent_to_the_chinese_login_page() {
        UI.getCurrent().navigate("");
        var login = LocatorJ._get(LoginView.class);
        assertThat(UI.getCurrent().getLocale()).isEqualTo(Locale.SIMPLIFIED_CHINESE);
        assertThat(login.title.getText()).isEqualTo("黑龙江省消费扶贫行动管理平台");
        assertThat(login.i18n.getForm().getSubmit()).isEqualTo("登录");
        assertThat(login.loginForm.isError()).isFalse();
    }

    @Test
    void an_anonymous_visitor_cannot_open_an_administration_page() {
        UI.getCurrent().navigate("admin/regions");
        LocatorJ._assertOne(LoginView.class);
    }

    @Test
    void the_visitor_may_switch_the_login_page_to_english_and_back() {
        UI.getCurrent().navigate("login");
        var login = LocatorJ._get(LoginView.class);
        _click(LocatorJ._get(Button.class, spec -> spec.withId("login-lang-en")));
        assertThat(login.title.getText()).isEqualTo("Heilongjiang Consumption Aid Portal");
        assertThat(login.i18n.getForm().getSubmit()).isEqualTo("Sign in");
        _click(LocatorJ._get(Button.class, spec -> spec.withId("login-lang-zh")));
        assertThat(login.title.getText()).isEqualTo("黑龙江省消费扶贫行动管理平台");
    }

    @Test
    void a_failed_login_shows_the_chinese_error() {
        UI.getCurrent().navigate("login", com.vaadin.flow.router.QueryParameters.of("error", ""));
        var login = LocatorJ._get(LoginView.class);
        assertThat(login.loginForm.isError()).isTrue();
        assertThat(login.i18n.getErrorMessage().getMessage()).startsWith("用户名或密码不正确");
    }
}
