package org.caravanqda.gui.common;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Deque;
import java.util.List;
import java.util.Optional;

/**
 * Dialogs for view-model tests: answers the questions from a script, in order, and records each
 * question asked. A question with no answer left, or of another kind than the next answer, fails
 * the test, so a test also shows which questions a view model asks.
 */
public final class ScriptedDialogs implements Dialogs {
    /** A question asked: its kind (file, files, folder, save, text, choice, confirm), title, prompt, what was offered. */
    public record Question(String kind, String title, String prompt, String initial, List<String> options) {}

    private record Answer(String kind, Object value) {}

    private static final Object CANCEL = new Object();
    private final Deque<Answer> script = new ArrayDeque<>();
    private final List<Question> asked = new ArrayList<>();
    private final List<Throwable> errors = new ArrayList<>();

    public ScriptedDialogs file(Path p) {
        return then("file", p);
    }

    public ScriptedDialogs files(Path... p) {
        return then("files", List.of(p));
    }

    public ScriptedDialogs folder(Path p) {
        return then("folder", p);
    }

    public ScriptedDialogs save(Path p) {
        return then("save", p);
    }

    public ScriptedDialogs text(String typed) {
        return then("text", typed);
    }

    public ScriptedDialogs choice(String chosen) {
        return then("choice", chosen);
    }

    public ScriptedDialogs confirm(boolean yes) {
        return then("confirm", yes);
    }

    /** The next question of this kind is cancelled (closed, or answered "no"). */
    public ScriptedDialogs cancel(String kind) {
        return then(kind, CANCEL);
    }

    private ScriptedDialogs then(String kind, Object value) {
        script.add(new Answer(kind, value));
        return this;
    }

    public List<Question> asked() {
        return asked;
    }

    public Question last() {
        if (asked.isEmpty()) {
            throw new AssertionError("no question was asked");
        }
        return asked.get(asked.size() - 1);
    }

    /** Answers scripted but never asked for. */
    public int unanswered() {
        return script.size();
    }

    public List<Throwable> errors() {
        return errors;
    }

    private Object answer(Question q) {
        asked.add(q);
        Answer a = script.poll();
        if (a == null) {
            throw new AssertionError("unexpected question: " + q);
        }
        if (!a.kind().equals(q.kind())) {
            throw new AssertionError("asked " + q + " but the script answers a " + a.kind());
        }
        return a.value() == CANCEL ? null : a.value();
    }

    private static List<String> patterns(FileType... types) {
        return Arrays.stream(types).flatMap(t -> t.patterns().stream()).toList();
    }

    @Override
    public Optional<Path> chooseFile(String title, FileType... types) {
        return Optional.ofNullable((Path) answer(new Question("file", title, null, null, patterns(types))));
    }

    @Override
    @SuppressWarnings("unchecked")
    public List<Path> chooseFiles(String title, FileType... types) {
        List<Path> chosen = (List<Path>) answer(new Question("files", title, null, null, patterns(types)));
        return chosen == null ? List.of() : chosen;
    }

    @Override
    public Optional<Path> chooseFolder(String title) {
        return Optional.ofNullable((Path) answer(new Question("folder", title, null, null, List.of())));
    }

    @Override
    public Optional<Path> saveFile(String title, String initialName, FileType... types) {
        return Optional.ofNullable((Path) answer(new Question("save", title, null, initialName, patterns(types))));
    }

    @Override
    public Optional<String> askText(String title, String prompt, String initial) {
        return Optional.ofNullable((String) answer(new Question("text", title, prompt, initial, List.of())));
    }

    @Override
    public Optional<String> choose(String title, String prompt, List<String> options) {
        String chosen = (String) answer(new Question("choice", title, prompt, null, List.copyOf(options)));
        if (chosen != null && !options.contains(chosen)) {
            throw new AssertionError("'" + chosen + "' was not offered: " + options);
        }
        return Optional.ofNullable(chosen);
    }

    @Override
    public boolean confirm(String title, String message) {
        return Boolean.TRUE.equals(answer(new Question("confirm", title, message, null, List.of())));
    }

    @Override
    public void showError(String title, Throwable cause) {
        errors.add(cause);
    }
}
