package org.caravanqda.gui.coding;

import org.caravanqda.app.Project;

/**
 * A codebook step that may change a code's path (edit, move): it remembers the path before and
 * after, so undo finds the code under its new path and pins can follow the change.
 */
abstract class CodePathCommand implements Command {
    private final String verb;
    private final String pathBefore;
    protected final String coder;
    private String pathAfter;
    private String[] change;
    private final long codeId;
    private final SeenVersions versions;

    /** {@code seenVersion}: the code's version as the window showed it (null: unknown, no check; issue #20). */
    CodePathCommand(String verb, String path, String coder, long codeId, Long seenVersion, SeenVersions versions) {
        this.codeId = codeId;
        this.versions = versions;
        versions.saw(codeId, seenVersion);
        this.verb = verb;
        this.pathBefore = path;
        this.coder = coder;
    }

    /** Does the step to the code at {@code path}; returns its path afterwards. */
    abstract String forward(Project project, String path);

    /** Takes the step back for the code now at {@code path}. */
    abstract void backward(Project project, String path);

    @Override
    public String label() {
        return verb + " " + pathBefore;
    }

    @Override
    public void redo(Project project) {
        pathAfter = forward(project, pathBefore);
        stepped();
        change = new String[] {pathBefore, pathAfter};
    }

    @Override
    public void undo(Project project) {
        backward(project, pathAfter);
        stepped();
        change = new String[] {pathAfter, pathBefore};
    }

    private void stepped() {
        versions.bumped(codeId);
    }

    /** The version the next step names: what the window saw, or left the code at with its own steps. */
    protected Long version() {
        return versions.seen(codeId);
    }

    @Override
    public String[] pathChange() {
        return change;
    }

    public String pathAfter() {
        return pathAfter;
    }
}
