package cn.gov.hlj.consumptionaid;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import java.nio.file.Files;
import java.nio.file.Path;

import static org.assertj.core.api.Assertions.assertThat;

/** The modules of DESIGN.md §3 keep to their declared dependencies, without cycles, and are documented. */
class ModularityTests {

    private static final ApplicationModules MODULES = ApplicationModules.of(Application.class);

    @Test
    void the_modules_are_those_of_the_design() {
        assertThat(MODULES.stream().map(m -> m.getIdentifier().toString()))
                .contains("shared", "reference", "accounts", "audit", "shell");
    }

    @Test
    void modules_use_only_the_modules_they_declare_and_form_no_cycle() {
        MODULES.verify();
    }

    @Test
    void writes_the_module_documentation() throws Exception {
        var documenter = new Documenter(MODULES);
        documenter.writeDocumentation();
        var folder = Path.of("target", "spring-modulith-docs");
        assertThat(folder.resolve("components.puml")).exists();
        assertThat(Files.readString(folder.resolve("components.puml"))).contains("账号与权限 Accounts", "基础数据 Reference data", "门户外壳 Shell");
    }
}
