package org.caravanqda.cli;

import java.nio.charset.Charset;
import java.util.List;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ReadOptions;
import picocli.CommandLine.Option;

/** How transcript files are read ({@code import}, {@code document replace}): encoding and speaker labels. */
final class ReadingOptions {
    @Option(
            names = "--encoding",
            paramLabel = "CHARSET",
            description = "read .txt/.md/.srt/.vtt files in this encoding (e.g. windows-1252, ISO-8859-2) instead of"
                    + " the detected one")
    String encoding;

    @Option(
            names = "--speakers",
            paramLabel = "LABELS",
            split = ",",
            description = "the speaker labels, comma-separated (e.g. \"MSM,Interviewer\"): only these open turns")
    List<String> speakers;

    @Option(names = "--no-speakers", description = "no speaker turns: every label line stays a paragraph")
    boolean noSpeakers;

    ReadOptions readOptions() {
        if (noSpeakers && speakers != null) {
            throw new CaravanException("use either --speakers or --no-speakers, not both");
        }
        Charset charset = null;
        if (encoding != null) {
            try {
                charset = Charset.forName(encoding.strip());
            } catch (IllegalArgumentException e) {
                throw new CaravanException("unknown encoding '" + encoding + "' (e.g. UTF-8, windows-1252, ISO-8859-2,"
                        + " windows-1251, KOI8-R)");
            }
        }
        List<String> chosen = noSpeakers
                ? List.of()
                : speakers == null
                        ? null
                        : speakers.stream()
                                .map(String::strip)
                                .filter(x -> !x.isEmpty())
                                .toList();
        return new ReadOptions(charset, chosen);
    }

    /** Whether speaker labels are detected (neither --speakers nor --no-speakers). */
    boolean detected() {
        return speakers == null && !noSpeakers;
    }
}
