package org.caravanqda.app.export;

import java.nio.file.Path;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.port.ProjectStore;
import org.caravanqda.util.PrivateFiles;

/**
 * Where an export goes: a bare file name lands in the project's exports/ folder, any other path as
 * given. Inside the project folder no link is followed on the way (issue #22).
 */
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
        if (target.startsWith(dir)) {
            // inside the project folder (exports/ by default): never through a link, and its owner's only
            Path link = PrivateFiles.firstLink(dir, target);
            if (link != null) {
                throw new CaravanException(PrivateFiles.linkRefusal(link));
            }
            try {
                PrivateFiles.folderIn(dir, target.getParent());
            } catch (java.io.IOException e) {
                throw new CaravanException("cannot make the folder for " + target + ": " + e.getMessage(), e);
            }
        }
        return target;
    }
}
