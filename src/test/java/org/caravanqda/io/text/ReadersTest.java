package org.caravanqda.io.text;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;

class ReadersTest {
    @Test
    void findsTheReaderForEachExtension() {
        assertThat(Readers.all()).hasSize(5);
        assertThat(Readers.forExtension("txt")).containsInstanceOf(TxtReader.class);
        assertThat(Readers.forExtension(".MD")).containsInstanceOf(MarkdownReader.class);
        assertThat(Readers.forExtension("docx")).containsInstanceOf(DocxReader.class);
        assertThat(Readers.forExtension("odt")).containsInstanceOf(OdtReader.class);
        assertThat(Readers.forExtension("srt")).containsInstanceOf(SubtitleReader.class);
        assertThat(Readers.forFile(Path.of("x/Интервью 1.VTT"))).containsInstanceOf(SubtitleReader.class);
        assertThat(Readers.forExtension("doc")).isEmpty();
        assertThat(Readers.forFile(Path.of("README"))).isEmpty();
    }
}
