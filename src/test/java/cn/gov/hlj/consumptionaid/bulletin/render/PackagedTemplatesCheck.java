package cn.gov.hlj.consumptionaid.bulletin.render;

import cn.gov.hlj.consumptionaid.bulletin.BulletinFormat;
import cn.gov.hlj.consumptionaid.bulletin.BulletinType;
import cn.gov.hlj.consumptionaid.shared.i18n.PortalI18NProvider;

import java.nio.file.Files;
import java.nio.file.Path;

/**
 * Run by {@link PackagedTemplatesIT} in a separate JVM whose class path is the packaged application (the classes
 * and libraries of the Spring Boot jar) and whose working directory is an empty folder: compiles every bulletin
 * type's template twice through {@link BulletinRenderer} (the second time from its cache), and renders the sample
 * progress and SOE bulletins as PDF into the working directory. Exits non-zero on any failure.
 */
public final class PackagedTemplatesCheck {

    private PackagedTemplatesCheck() {
    }

    public static void main(String[] args) throws Exception {
        var renderer = new BulletinRenderer(new PortalI18NProvider());
        for (var type : BulletinType.values()) {
            var first = renderer.template(type);
            if (renderer.template(type) != first) {
                throw new IllegalStateException("The template of " + type + " was compiled twice");
            }
            var source = BulletinRenderer.class.getClassLoader().getResource("reports/" + type.template() + ".jrxml");
            System.out.println("template " + type + " " + type.template() + " from " + source);
        }
        Files.write(Path.of("progress.pdf"), renderer.render(SampleBulletins.provincial(13)).get(BulletinFormat.PDF));
        Files.write(Path.of("soe.pdf"), renderer.render(SampleBulletins.soe()).get(BulletinFormat.PDF));
        System.out.println("rendered progress.pdf soe.pdf");
    }
}
