package cn.gov.hlj.consumptionaid.bulletin.render;

import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.TreeSet;
import java.util.jar.JarFile;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The bulletin templates work from the packaged application, as production runs it, not only from the source tree
 * (run by {@code ./mvnw verify} after {@code package}, through the failsafe plugin): the Spring Boot jar holds every
 * template of {@code reports/} under {@code BOOT-INF/classes/reports/}; and a JVM whose class path is that jar's
 * classes and libraries (the layout of {@code java -Djarmode=tools -jar … extract}) and whose working directory is
 * an empty folder — so nothing can be read from the source tree — compiles every type's template once (the second
 * request comes from the cache) and renders the progress and SOE bulletins as PDFs with the CJK font of the font
 * extension embedded and their Chinese text readable.
 */
class PackagedTemplatesIT {

    @TempDir
    Path dir;

    @Test
    void the_packaged_jar_holds_every_template_and_compiles_and_renders_them_from_its_own_class_path()
            throws Exception {
        var jar = Path.of(System.getProperty("packaged.jar", "target/consumption-aid-portal.jar"));
        assertThat(jar).as("the packaged application (run mvn verify)").isRegularFile();

        var app = dir.resolve("app");
        var packaged = new TreeSet<String>();
        try (var file = new JarFile(jar.toFile())) {
            for (var entry : file.stream().toList()) {
                var name = entry.getName();
                if (entry.isDirectory() || !(name.startsWith("BOOT-INF/classes/") || name.startsWith("BOOT-INF/lib/"))) {
                    continue;
                }
                if (name.startsWith("BOOT-INF/classes/reports/")) {
                    packaged.add(name.substring("BOOT-INF/classes/reports/".length()));
                }
                var target = app.resolve(name);
                Files.createDirectories(target.getParent());
                try (var in = file.getInputStream(entry)) {
                    Files.copy(in, target);
                }
            }
        }
        try (var sources = Files.list(Path.of("reports"))) {
            var templates = sources.map(p -> p.getFileName().toString()).filter(n -> n.endsWith(".jrxml"))
                    .collect(Collectors.toCollection(TreeSet::new));
            assertThat(packaged).containsAll(templates);
        }
        assertThat(packaged).containsAll(Arrays.stream(BulletinType.values()).map(t -> t.template() + ".jrxml")
                .toList());

        var classPath = new ArrayList<String>();
        classPath.add(app.resolve("BOOT-INF/classes").toString());
        try (var libs = Files.list(app.resolve("BOOT-INF/lib"))) {
            libs.sorted().forEach(lib -> classPath.add(lib.toString()));
        }
        // only the check and the sample data from the test classes; nothing of the source tree
        classPath.add(testClassesOnly());
        var work = Files.createDirectories(dir.resolve("work"));
        var java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
        var process = new ProcessBuilder(java, "-Djava.awt.headless=true", "-cp",
                String.join(File.pathSeparator, classPath), PackagedTemplatesCheck.class.getName())
                .directory(work.toFile()).redirectErrorStream(true).start();
        var output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor()).as(output).isZero();
        for (var type : BulletinType.values()) {
            assertThat(output).containsPattern("template " + type + " " + type.template() + " from file:"
                    + Pattern.quote(app.resolve("BOOT-INF/classes/reports").toString()));
        }

        for (var pdf : new String[]{"progress.pdf", "soe.pdf"}) {
            assertThat(BulletinRendererTest.run("pdffonts", work.resolve(pdf).toString()))
                    .contains("WenQuanYiMicroHei");
        }
        assertThat(BulletinRendererTest.run("pdftotext", "-layout", work.resolve("progress.pdf").toString(), "-"))
                .contains("全省消费扶贫工作进展情况通报", "哈尔滨市", "大兴安岭地区");
        assertThat(BulletinRendererTest.run("pdftotext", "-layout", work.resolve("soe.pdf").toString(), "-"))
                .contains("全省国有企业消费扶贫采购情况通报", "龙江森工集团", "大兴安岭地区");
    }

    /**
     * A folder with the compiled check and sample data only (copied from the test classes), so that the child JVM
     * sees no test resources and no main classes but the packaged ones.
     */
    private String testClassesOnly() throws IOException {
        var target = dir.resolve("check");
        var packagePath = PackagedTemplatesCheck.class.getPackageName().replace('.', '/');
        var from = Path.of("target/test-classes").resolve(packagePath);
        Files.createDirectories(target.resolve(packagePath));
        try (var classes = Files.list(from)) {
            for (var file : classes.filter(p -> p.getFileName().toString().startsWith("PackagedTemplatesCheck")
                    || p.getFileName().toString().startsWith("SampleBulletins")).toList()) {
                Files.copy(file, target.resolve(packagePath).resolve(file.getFileName()));
            }
        }
        return target.toString();
    }
}
