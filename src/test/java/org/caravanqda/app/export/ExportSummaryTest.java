package org.caravanqda.app.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;

class ExportSummaryTest {
    private static String counts(int documents, int coded, long segments) {
        return new ExportSummary(Path.of("x.csv"), documents, coded, segments, List.of(), List.of(), null).counts();
    }

    @Test
    void namesHowManyOfTheExportedDocumentsTheSegmentsComeFrom() {
        assertThat(counts(9, 9, 90)).isEqualTo("90 segments from 9 documents");
        assertThat(counts(9, 3, 5)).isEqualTo("5 segments from 3 of 9 documents");
        assertThat(counts(1, 1, 1)).isEqualTo("1 segment from 1 document");
        assertThat(counts(4, 0, 0)).isEqualTo("0 segments from 0 of 4 documents");
    }
}
