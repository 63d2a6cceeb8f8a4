package cn.gov.hlj.consumptionaid.bulletin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;

import static org.assertj.core.api.Assertions.assertThat;

/** The text of a PDF through poppler's {@code pdftotext -layout}. */
public final class PdfText {

    private PdfText() {
    }

    public static String of(byte[] pdf) throws Exception {
        var file = Files.createTempFile("bulletin", ".pdf");
        try {
            Files.write(file, pdf);
            var process = new ProcessBuilder("pdftotext", "-layout", file.toString(), "-").redirectErrorStream(true)
                    .start();
            var text = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
            assertThat(process.waitFor()).as(text).isZero();
            return text;
        } finally {
            Files.deleteIfExists(file);
        }
    }
}
