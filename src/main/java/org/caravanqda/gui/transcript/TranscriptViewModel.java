package org.caravanqda.gui.transcript;

import java.util.List;
import java.util.Set;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;

/**
 * The open transcript: its text and codings, which coders' codings are shown, the text
 * selection (where codes go) and the codings under the last click (shown in the details panel).
 */
public final class TranscriptViewModel {
    private final ObjectProperty<Transcript> transcript = new SimpleObjectProperty<>();
    private final ObservableList<CodingMark> visible = FXCollections.observableArrayList();
    private final BooleanProperty showOtherCoders = new SimpleBooleanProperty(true);
    private final StringProperty coder;
    private final IntegerProperty selectionStart = new SimpleIntegerProperty();
    private final IntegerProperty selectionEnd = new SimpleIntegerProperty();
    private final ObservableList<CodingMark> inspected = FXCollections.observableArrayList();
    private final ObjectProperty<Reveal> reveal = new SimpleObjectProperty<>();
    private int inspectedAt = -1;
    /** The codings chosen in the margin (by id), shown again after the transcript is read anew. */
    private Set<Long> inspectedIds = Set.of();

    /** A passage the view is asked to select and scroll to (a search hit); a new object each time, so a repeat fires too. */
    public record Reveal(int start, int end) {}

    public TranscriptViewModel(StringProperty coder) {
        this.coder = coder;
        transcript.addListener((o, a, b) -> refilter());
        showOtherCoders.addListener((o, a, b) -> refilter());
        coder.addListener((o, a, b) -> refilter());
    }

    private void refilter() {
        Transcript t = transcript.get();
        List<CodingMark> marks = t == null
                ? List.of()
                : t.codings().stream()
                        .filter(m -> showOtherCoders.get() || m.coder().equals(coder.get()))
                        .toList();
        visible.setAll(marks);
        if (inspectedAt >= 0) {
            inspectAt(inspectedAt);
        } else if (!inspectedIds.isEmpty()) {
            Set<Long> ids = inspectedIds;
            inspected.setAll(visible.stream().filter(m -> ids.contains(m.id())).toList());
        }
    }

    /**
     * Shows these codings (a stripe, a label or an overflow entry clicked in the margin) in the
     * details panel, as MAXQDA's stripes do, and selects the first one's text.
     */
    public void selectCodings(List<CodingMark> marks) {
        inspectedAt = -1;
        inspectedIds = marks.stream().map(CodingMark::id).collect(java.util.stream.Collectors.toUnmodifiableSet());
        inspected.setAll(marks);
        if (!marks.isEmpty()) {
            select(marks.get(0).start(), marks.get(0).end());
        }
    }

    /** Shows the codings (of the visible coders) that cover {@code position}; -1 clears. */
    public void inspectAt(int position) {
        inspectedAt = position;
        inspectedIds = Set.of();
        inspected.setAll(
                position < 0
                        ? List.of()
                        : visible.stream().filter(m -> m.covers(position)).toList());
    }

    /**
     * Shows a coding at once, before the store has it (optimistic coding: the stripe appears when
     * the key is pressed); the transcript read after the write replaces it with the stored one.
     */
    public void showPending(CodingMark pending) {
        Transcript t = transcript.get();
        if (t == null) {
            return;
        }
        List<CodingMark> codings = new java.util.ArrayList<>(t.codings());
        codings.add(pending);
        transcript.set(new Transcript(t.name(), t.language(), t.text(), t.units(), codings));
    }

    /** Takes a coding shown by {@link #showPending} away again (the store refused it); false when it is no longer shown. */
    public boolean dropPending(CodingMark pending) {
        Transcript t = transcript.get();
        if (t == null || !t.codings().contains(pending)) {
            return false;
        }
        List<CodingMark> codings =
                t.codings().stream().filter(m -> !m.equals(pending)).toList();
        transcript.set(new Transcript(t.name(), t.language(), t.text(), t.units(), codings));
        return true;
    }

    public void select(int start, int end) {
        selectionStart.set(Math.min(start, end));
        selectionEnd.set(Math.max(start, end));
    }

    /** Selects a passage of the open transcript and asks the view to scroll it into sight. */
    public void reveal(int start, int end) {
        select(start, end);
        reveal.set(new Reveal(Math.min(start, end), Math.max(start, end)));
    }

    public ObjectProperty<Reveal> revealProperty() {
        return reveal;
    }

    public ObjectProperty<Transcript> transcriptProperty() {
        return transcript;
    }

    public ObservableList<CodingMark> visibleCodings() {
        return visible;
    }

    public BooleanProperty showOtherCodersProperty() {
        return showOtherCoders;
    }

    public IntegerProperty selectionStartProperty() {
        return selectionStart;
    }

    public IntegerProperty selectionEndProperty() {
        return selectionEnd;
    }

    public ObservableList<CodingMark> inspected() {
        return inspected;
    }
}
