package org.caravanqda.io.codebook;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class CodebookFormatsTest {

    @Test
    void findsFormatsByExtensionInAnyCase() {
        assertThat(CodebookFormats.byExtension("qdc")).containsInstanceOf(QdcCodebookFormat.class);
        assertThat(CodebookFormats.byExtension(".QDC")).containsInstanceOf(QdcCodebookFormat.class);
        assertThat(CodebookFormats.byExtension("md")).containsInstanceOf(MarkdownCodebookFormat.class);
        assertThat(CodebookFormats.forFile(Path.of("x", "Project.QDPX")))
                .containsInstanceOf(RefiProjectCodebookFormat.class);
        assertThat(CodebookFormats.forFile(Path.of("t.qde"))).containsInstanceOf(RefiProjectCodebookFormat.class);
        assertThat(CodebookFormats.byExtension("docx")).isEmpty();
        assertThat(CodebookFormats.forFile(Path.of("noext"))).isEmpty();
    }

    @Test
    void listsEveryFormatOnceAndWhatCanBeReadOrWritten() {
        assertThat(CodebookFormats.all()).hasSize(3);
        assertThat(CodebookFormats.readableExtensions()).containsExactly("qdc", "qde", "qdpx");
        assertThat(CodebookFormats.writableExtensions()).containsExactly("md", "qdc");
    }
}
