package org.caravanqda.gui.common;

import java.nio.file.Path;
import java.util.List;
import java.util.Optional;

/**
 * Every question the GUI asks the user: files and folders, a name, a choice, a confirmation, and
 * failures shown (JabRef's DialogService is the model). View models get it by constructor and
 * decide what to do with the answer, so views hold no decisions; {@link FxDialogs} asks with
 * JavaFX's dialogs, tests answer from a script. Empty (or false) means the user cancelled.
 * Custom dialogs with their own fields (a password, "Code with…") stay views of their own.
 */
public interface Dialogs {
    /** A kind of file a chooser offers: a description and its patterns, e.g. ("CSV", "*.csv"). */
    record FileType(String description, List<String> patterns) {
        public FileType(String description, String... patterns) {
            this(description, List.of(patterns));
        }

        public FileType {
            patterns = List.copyOf(patterns);
        }
    }

    /** One existing file. */
    Optional<Path> chooseFile(String title, FileType... types);

    /** Existing files (empty when cancelled). */
    List<Path> chooseFiles(String title, FileType... types);

    /** An existing folder. */
    Optional<Path> chooseFolder(String title);

    /** A file to write, {@code initialName} suggested. */
    Optional<Path> saveFile(String title, String initialName, FileType... types);

    /** A line of text as typed (possibly blank), {@code initial} filled in. */
    Optional<String> askText(String title, String prompt, String initial);

    /** Text of several lines (a memo), {@code initial} filled in; by default a line as {@link #askText} asks it. */
    default Optional<String> askLongText(String title, String prompt, String initial) {
        return askText(title, prompt, initial);
    }

    /** One of {@code options} (the first is preselected); empty when cancelled or when there are none. */
    Optional<String> choose(String title, String prompt, List<String> options);

    /** Yes (true) or no (false) to what {@code message} says will happen. */
    boolean confirm(String title, String message);

    /** A failure: a CaravanException by its message, anything else with its stack trace. Does not wait. */
    void showError(String title, Throwable cause);
}
