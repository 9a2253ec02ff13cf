package org.caravanqda.gui.workbench;

import java.util.List;
import javafx.beans.property.BooleanProperty;
import javafx.beans.property.IntegerProperty;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleBooleanProperty;
import javafx.beans.property.SimpleIntegerProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import javafx.collections.FXCollections;
import javafx.collections.ObservableList;
import org.caravanqda.gui.transcript.CodingMark;
import org.caravanqda.gui.transcript.Transcript;

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
    private int inspectedAt = -1;

    TranscriptViewModel(StringProperty coder) {
        this.coder = coder;
        transcript.addListener((o, a, b) -> refilter());
        showOtherCoders.addListener((o, a, b) -> refilter());
        coder.addListener((o, a, b) -> refilter());
    }

    private void refilter() {
        Transcript t = transcript.get();
        List<CodingMark> marks = t == null ? List.of() : t.codings().stream()
                .filter(m -> showOtherCoders.get() || m.coder().equals(coder.get())).toList();
        visible.setAll(marks);
        if (inspectedAt >= 0) {
            inspectAt(inspectedAt);
        }
    }

    /** Shows the codings (of the visible coders) that cover {@code position}; -1 clears. */
    public void inspectAt(int position) {
        inspectedAt = position;
        inspected.setAll(position < 0 ? List.of() : visible.stream().filter(m -> m.covers(position)).toList());
    }

    public void select(int start, int end) {
        selectionStart.set(Math.min(start, end));
        selectionEnd.set(Math.max(start, end));
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
