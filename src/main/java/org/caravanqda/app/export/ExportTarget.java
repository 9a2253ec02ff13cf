package org.caravanqda.app.export;

import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;

/** Where an export goes: a bare file name lands in the project's exports/ folder, any other path as given. */
public final class ExportTarget {
    public static final String DEFAULT_FOLDER = "exports";

    private ExportTarget() {}

    /**
     * An export is a plaintext file. An encrypted project's folder must not reveal transcript
     * text, so its exports have to go somewhere else, named by the user.
     */
    public static Path of(ProjectStore store, Path out) {
        Path dir = store.directory().toAbsolutePath().normalize();
        Path target = (out.getParent() == null ? dir.resolve(DEFAULT_FOLDER).resolve(out) : out)
                .toAbsolutePath()
                .normalize();
        if (store.encrypted() && target.startsWith(dir)) {
            throw new CaravanException(
                    "this project is encrypted and an export is a plaintext file: give a path outside "
                            + "the project folder (for example an encrypted drive), not " + target);
        }
        return target;
    }
}
