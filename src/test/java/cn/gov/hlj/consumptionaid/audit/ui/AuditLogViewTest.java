package cn.gov.hlj.consumptionaid.audit.ui;

import cn.gov.hlj.consumptionaid.accounts.AccountDirectory;
import cn.gov.hlj.consumptionaid.accounts.AccountDirectory.AccountDetails;
import cn.gov.hlj.consumptionaid.audit.SecurityEventType;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;
import cn.gov.hlj.consumptionaid.support.KaribuTest;
import com.github.mvysny.kaributesting.v10.GridKt;
import com.github.mvysny.kaributesting.v10.LocatorJ;
import com.github.mvysny.kaributesting.v10.MockAccessDeniedException;
import com.vaadin.flow.component.UI;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.Audited;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import java.util.Locale;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AuditLogViewTest extends KaribuTest {

    @Autowired
    AccountDirectory accounts;
    @Autowired
    EntityManager entityManager;
    @Autowired
    PortalI18NProvider i18n;

    @Test
    void a_supervisor_sees_an_account_change_with_before_and_after_and_opens_a_data_change_field_by_field() {
        login("admin");
        // An account of this test only: the demo accounts are shared by every test of the context.
        accounts.create(new AccountDirectory.NewAccount("audit-zhou", new AccountDetails("周原名", null, null),
                "EDUCATION", "230100", java.util.Set.of("DEPARTMENT_MEMBER"), "Temp#Pass2026", null));
        accounts.update("audit-zhou", new AccountDetails("周新名", null, null));
        logout();

        login("supervisor");
        UI.getCurrent().navigate("supervision/audit-log");
        var view = LocatorJ._get(AuditLogView.class);
        assertThat(view.getPageTitle()).isEqualTo("审计日志");

        view.eventType.setValue(SecurityEventType.ACCOUNT_CHANGED);
        view.eventUser.setValue("audit-zhou");
        assertThat(GridKt._size(view.events)).isOne();
        assertThat(GridKt._getFormattedRow(view.events, 0)).contains("修改账号权限或信息", "audit-zhou", "admin");
        assertThat(GridKt._get(view.events, 0).before()).contains("name=周原名");
        assertThat(GridKt._get(view.events, 0).after()).contains("name=周新名");

        view.changeUser.setValue("admin");
        view.changeEntity.setValue("UserAccount");
        assertThat(GridKt._size(view.changes)).isPositive();
        var row = GridKt._get(view.changes, 0);
        assertThat(view.summary(row)).contains("用户账号 修改 1");
        var dialog = view.open(row);
        assertThat(dialog.records).anySatisfy(record -> assertThat(record.fields()).anySatisfy(field -> {
            assertThat(field.field()).isEqualTo("displayName");
            assertThat(field.before()).isEqualTo("周原名");
            assertThat(field.after()).isEqualTo("周新名");
        }));
        dialog.close();
    }

    @Test
    void a_department_member_who_opens_the_audit_log_by_its_address_is_refused() {
        login("finance");
        assertThatThrownBy(() -> UI.getCurrent().navigate("supervision/audit-log"))
                .isInstanceOf(MockAccessDeniedException.class);
        assertThat(UI.getCurrent().getCurrentView()).isNotInstanceOf(AuditLogView.class);
    }

    @Test
    void every_audited_kind_of_record_has_a_name_in_both_languages() {
        var audited = entityManager.getMetamodel().getEntities().stream()
                .map(type -> type.getJavaType())
                .filter(type -> type.isAnnotationPresent(Audited.class))
                .map(Class::getSimpleName)
                .toList();
        assertThat(audited).hasSizeGreaterThan(20);
        for (var entity : audited) {
            for (var locale : new Locale[]{PortalI18NProvider.CHINESE, PortalI18NProvider.ENGLISH}) {
                assertThat(i18n.getTranslation("audit.entity." + entity, locale)).as(entity + " " + locale)
                        .doesNotStartWith("!");
            }
        }
    }
}
