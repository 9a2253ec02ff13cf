package org.caravanqda.app.media;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.caravanqda.model.MediaLink.Kind;

/**
 * The recordings Caravan plays (what JavaFX media plays on every platform: MP3, AAC in M4A/MP4,
 * WAV, AIFF, H.264 in MP4), known by extension and checked by their first bytes, so a renamed or
 * damaged file is refused when attached rather than failing later in the player.
 */
public enum MediaFormat {
    MP3(Kind.AUDIO, "mp3"),
    M4A(Kind.AUDIO, "m4a"),
    AAC(Kind.AUDIO, "aac"),
    WAV(Kind.AUDIO, "wav"),
    AIFF(Kind.AUDIO, "aif", "aiff"),
    MP4(Kind.VIDEO, "mp4", "m4v");

    private final Kind kind;
    private final List<String> extensions;

    MediaFormat(Kind kind, String... extensions) {
        this.kind = kind;
        this.extensions = List.of(extensions);
    }

    public Kind kind() {
        return kind;
    }

    /** Every extension taken, for messages and file choosers ("mp3", "m4a", ...). */
    public static List<String> extensions() {
        return Arrays.stream(values()).flatMap(f -> f.extensions.stream()).toList();
    }

    /** The format a file name's extension names, if any. */
    public static Optional<MediaFormat> byName(String fileName) {
        int dot = fileName.lastIndexOf('.');
        String ext = dot < 0 ? "" : fileName.substring(dot + 1).toLowerCase(Locale.ROOT);
        return Arrays.stream(values()).filter(f -> f.extensions.contains(ext)).findFirst();
    }

    /**
     * The file's format, by its extension, once its first bytes agree (not following a link: the
     * caller has decided what {@code file} is).
     *
     * @throws IllegalArgumentException with the reason, for a message
     */
    public static MediaFormat of(Path file) throws IOException {
        String name = String.valueOf(file.getFileName());
        MediaFormat format = byName(name)
                .orElseThrow(() -> new IllegalArgumentException(
                        "is not a recording Caravan plays (" + String.join(", ", extensions()) + ")"));
        byte[] head = new byte[12];
        int n;
        try (InputStream in = Files.newInputStream(file, LinkOption.NOFOLLOW_LINKS)) {
            n = in.readNBytes(head, 0, head.length);
        }
        if (!format.starts(head, n)) {
            throw new IllegalArgumentException("does not look like " + format.name() + " inside (its first bytes"
                    + " are not those of a ." + format.extensions.get(0) + " file); is it damaged or renamed?");
        }
        return format;
    }

    private boolean starts(byte[] b, int n) {
        return switch (this) {
            case MP3 -> n >= 3 && (ascii(b, 0, "ID3") || frameSync(b));
            case AAC -> n >= 2 && (frameSync(b) || ascii(b, 0, "ADIF"));
            case M4A, MP4 -> n >= 8 && ascii(b, 4, "ftyp");
            case WAV -> n >= 12 && ascii(b, 0, "RIFF") && ascii(b, 8, "WAVE");
            case AIFF -> n >= 12 && ascii(b, 0, "FORM") && (ascii(b, 8, "AIFF") || ascii(b, 8, "AIFC"));
        };
    }

    /** An MPEG audio frame header (MP3) or an ADTS header (AAC): eleven set bits. */
    private static boolean frameSync(byte[] b) {
        return (b[0] & 0xFF) == 0xFF && (b[1] & 0xE0) == 0xE0;
    }

    private static boolean ascii(byte[] b, int at, String s) {
        byte[] want = s.getBytes(StandardCharsets.US_ASCII);
        return b.length >= at + want.length && Arrays.equals(b, at, at + want.length, want, 0, want.length);
    }
}
