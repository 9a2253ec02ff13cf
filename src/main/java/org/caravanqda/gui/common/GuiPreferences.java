package org.caravanqda.gui.common;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.prefs.Preferences;

/**
 * What the GUI remembers between sessions: recent projects, the coder, pinned codes per project
 * (plain projects only: java.util.prefs is a plain file or the registry, and code paths may name
 * participants, so an encrypted project's pins last one session, see WorkbenchViewModel).
 */
public final class GuiPreferences {
    private static final int RECENT_MAX = 8;
    private static final String SEP = "\n";
    private final Preferences node;

    public GuiPreferences(Preferences node) {
        this.node = node;
    }

    public static GuiPreferences user() {
        return new GuiPreferences(Preferences.userRoot().node("org/caravanqda/gui"));
    }

    /** The recent project folders, newest first (server addresses left out: {@link #recent()} has them). */
    public List<Path> recentProjects() {
        return recent().stream().filter(e -> !isAddress(e)).map(Path::of).toList();
    }

    /**
     * The recent projects, newest first, each as it opens again: a folder's absolute path or a
     * server project's address (postgresql://..., which never holds a password: such an address is
     * refused before anything is opened).
     */
    public List<String> recent() {
        return split(node.get("recent", ""));
    }

    public void rememberProject(Path dir) {
        remember(dir.toAbsolutePath().normalize().toString());
    }

    /** Puts {@code entry} (a folder's absolute path or a server address) first in the recent list. */
    public void remember(String entry) {
        List<String> list = new ArrayList<>(recent());
        list.remove(entry);
        list.add(0, entry);
        node.put("recent", String.join(SEP, list.subList(0, Math.min(RECENT_MAX, list.size()))));
    }

    public void forgetProject(Path dir) {
        forget(dir.toAbsolutePath().normalize().toString());
    }

    public void forget(String entry) {
        List<String> list = new ArrayList<>(recent());
        list.remove(entry);
        node.put("recent", String.join(SEP, list));
    }

    private static boolean isAddress(String entry) {
        return entry.contains("://");
    }

    public String coder() {
        return node.get("coder", null);
    }

    public void coder(String name) {
        node.put("coder", name);
    }

    public List<String> pinnedCodes(Path project) {
        return split(node.node("pinned").get(key(project), ""));
    }

    public void pinnedCodes(Path project, List<String> paths) {
        node.node("pinned").put(key(project), String.join(SEP, paths));
    }

    /** Drops the pins kept for {@code project} (an encrypted project keeps none outside itself). */
    public void forgetPinnedCodes(Path project) {
        node.node("pinned").remove(key(project));
    }

    /**
     * The window's pane layout (divider positions, which side panes are shown), the same for every
     * project: it names nothing from one, so it is kept here even for encrypted projects.
     */
    public String paneLayout() {
        return node.get("pane-layout", "");
    }

    /** A layout that cannot be kept (the preferences removed, unwritable) is not kept: no failure of the window. */
    public void paneLayout(String layout) {
        try {
            node.put("pane-layout", layout);
        } catch (IllegalStateException e) {
            // the preferences node was removed: nothing to remember the layout in
        }
    }

    private static String key(Path project) {
        // preference keys are limited to 80 characters: a hash of the path is short and stable
        return Integer.toHexString(
                project.toAbsolutePath().normalize().toString().hashCode());
    }

    private static List<String> split(String s) {
        return s.isEmpty()
                ? List.of()
                : Arrays.stream(s.split(SEP)).filter(x -> !x.isBlank()).toList();
    }
}
