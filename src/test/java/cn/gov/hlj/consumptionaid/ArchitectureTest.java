package cn.gov.hlj.consumptionaid;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaMethod;
import com.tngtech.archunit.core.domain.JavaModifier;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.lang.ArchCondition;
import com.tngtech.archunit.lang.ConditionEvents;
import com.tngtech.archunit.lang.SimpleConditionEvent;
import com.vaadin.flow.router.Route;
import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.Entity;
import jakarta.persistence.EntityManager;
import org.hibernate.envers.Audited;
import org.hibernate.envers.RevisionEntity;
import org.junit.jupiter.api.Test;
import org.springframework.data.repository.Repository;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;


import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.methods;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

/** The house rules of the code, each a sentence. */
class ArchitectureTest {

    private static final String BASE = "cn.gov.hlj.consumptionaid";
    private static final JavaClasses CLASSES = new ClassFileImporter()
            .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
            .importPackages(BASE);

    @Test
    void views_are_package_private_classes_in_a_ui_package() {
        classes().that().areAnnotatedWith(Route.class)
                .should().resideInAPackage("..ui..")
                .andShould().notBePublic()
                .check(CLASSES);
    }

    @Test
    void views_carry_an_access_annotation() {
        classes().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(RolesAllowed.class)
                .orShould().beAnnotatedWith(PermitAll.class)
                .orShould().beAnnotatedWith(com.vaadin.flow.server.auth.AnonymousAllowed.class)
                .check(CLASSES);
    }

    @Test
    void the_ui_uses_no_repository_and_no_entity_manager() {
        noClasses().that().resideInAPackage("..ui..")
                .should().dependOnClassesThat().areAssignableTo(Repository.class)
                .orShould().dependOnClassesThat().areAssignableTo(EntityManager.class)
                .check(CLASSES);
    }

    @Test
    void views_are_not_spring_security_proxies() {
        noClasses().that().areAnnotatedWith(Route.class)
                .should().beAnnotatedWith(PreAuthorize.class)
                .check(CLASSES);
    }

    @Test
    void every_public_method_of_a_service_is_secured() {
        methods().that().areDeclaredInClassesThat().areAnnotatedWith(Service.class)
                .and().arePublic()
                .and(new DescribedPredicate<>("are not synthetic") {
                    @Override
                    public boolean test(JavaMethod method) {
                        return !method.getModifiers().contains(JavaModifier.SYNTHETIC)
                                && !method.getModifiers().contains(JavaModifier.BRIDGE);
                    }
                })
                .should(beSecured())
                .check(CLASSES);
    }

    @Test
    void jasper_reports_is_used_only_by_the_bulletin_module() {
        noClasses().that().resideOutsideOfPackage(BASE + ".bulletin..")
                .should().dependOnClassesThat().resideInAPackage("net.sf.jasperreports..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void keycloak_and_oauth2_are_used_only_by_the_accounts_module() {
        noClasses().that().resideOutsideOfPackage(BASE + ".accounts..")
                .should().dependOnClassesThat().resideInAnyPackage("org.keycloak..",
                        "org.springframework.security.oauth2..")
                .allowEmptyShould(true)
                .check(CLASSES);
    }

    @Test
    void every_entity_is_audited_so_no_change_is_untraceable() {
        classes().that().areAnnotatedWith(Entity.class)
                .and().areNotAnnotatedWith(RevisionEntity.class)
                .should().beAnnotatedWith(Audited.class)
                .check(CLASSES);
    }

    private static ArchCondition<JavaMethod> beSecured() {
        // Only @PreAuthorize counts: JSR-250 method security is off (see MethodSecurityConfiguration).
        return new ArchCondition<>("be secured by @PreAuthorize on the method or its class") {
            @Override
            public void check(JavaMethod method, ConditionEvents events) {
                boolean secured = method.isAnnotatedWith(PreAuthorize.class)
                        || method.getOwner().isAnnotatedWith(PreAuthorize.class);
                if (!secured) {
                    events.add(SimpleConditionEvent.violated(method, method.getFullName() + " is not secured"));
                }
            }
        };
    }
}
