package org.caravanqda.gui.common;

import java.nio.file.Path;

/** Shows a folder in the system's file manager ("Show in folder" after an export). */
@FunctionalInterface
public interface ShowInFolder {
    void show(Path folder);
}
