package org.caravanqda.gui.attributes;

import java.util.Comparator;
import java.util.List;
import java.util.Map;
import javafx.beans.property.ObjectProperty;
import javafx.beans.property.SimpleObjectProperty;
import javafx.beans.property.SimpleStringProperty;
import javafx.beans.property.StringProperty;
import org.caravanqda.app.attributes.AttributeService;
import org.caravanqda.app.attributes.AttributeValues;
import org.caravanqda.app.common.CaravanException;
import org.caravanqda.app.common.StaleEditException;
import org.caravanqda.gui.workbench.WorkbenchViewModel;
import org.caravanqda.model.AttributeType;

/**
 * The attribute table (documents x attributes): values as {@code caravan attributes list} shows
 * them, edited in place. A value that does not fit the attribute's type is refused with a message
 * and nothing is written; an accepted one is one transaction, undoable (Edit > Undo). "Add
 * attribute…" asks a name and a type.
 */
public final class AttributeTableViewModel {
    /** The types offered when adding an attribute, as people name them. */
    public static final List<String> TYPES = List.of("text", "number", "date", "yes/no");

    private final WorkbenchViewModel vm;
    private final ObjectProperty<AttributeService.Sheet> sheet = new SimpleObjectProperty<>();
    private final StringProperty message = new SimpleStringProperty("");

    public AttributeTableViewModel(WorkbenchViewModel vm) {
        this.vm = vm;
        // the window read the project again (an edit, an undo, an import): so does the table
        vm.revisionProperty().addListener((o, a, b) -> load());
    }

    /** Reads the table on the job thread. */
    public void load() {
        vm.run((p, c) -> vm.project().attributes().sheet(), sheet::set, e -> message.set(e.getMessage()));
    }

    public ObjectProperty<AttributeService.Sheet> sheetProperty() {
        return sheet;
    }

    /** What the last edit said: a refusal, or what was set. */
    public StringProperty messageProperty() {
        return message;
    }

    /** The cell's text: the value as the CLI prints it, "" for none. */
    public static String text(AttributeService.Row row, String attribute) {
        return AttributeValues.text(row.values().get(attribute));
    }

    /** Orders a column by its typed values (numbers as numbers, dates as dates); empty cells last. */
    public static Comparator<AttributeService.Row> order(String attribute) {
        return Comparator.comparing(
                (AttributeService.Row r) -> r.values().get(attribute), Comparator.nullsLast((a, b) -> compare(a, b)));
    }

    @SuppressWarnings("unchecked")
    private static int compare(Object a, Object b) {
        if (a instanceof Comparable<?> x && a.getClass() == b.getClass()) {
            return ((Comparable<Object>) x).compareTo(b);
        }
        return AttributeValues.text(a).compareTo(AttributeValues.text(b));
    }

    /**
     * A cell edited to {@code typed}: refused here when it does not fit the attribute's type (the
     * message says why, nothing is written); otherwise written as one undoable step. Returns
     * whether it was accepted.
     */
    public boolean edit(String document, String attribute, String typed) {
        AttributeService.Sheet s = sheet.get();
        AttributeType type = s == null ? null : s.attributes().get(attribute);
        if (type == null) {
            return false;
        }
        Object value;
        try {
            value = AttributeValues.parse(attribute, type, typed);
        } catch (CaravanException e) {
            message.set(e.getMessage());
            return false;
        }
        AttributeService.Row row = s.rows().stream()
                .filter(r -> r.document().equals(document))
                .findFirst()
                .orElse(null);
        String before = row == null ? "" : text(row, attribute);
        String after = AttributeValues.text(value);
        if (before.equals(after)) {
            message.set("");
            return true;
        }
        message.set(document + ": " + attribute + " = " + (after.isEmpty() ? "(none)" : after));
        vm.coding()
                .perform(
                        new SetAttribute(
                                document,
                                attribute,
                                before,
                                typed == null ? "" : typed.strip(),
                                vm.coderProperty().get(),
                                row == null ? 0 : row.version(attribute)),
                        "Set " + attribute + " of " + document + (after.isEmpty() ? " to none" : " to " + after),
                        () -> {},
                        this::refused);
        return true;
    }

    /**
     * An edit the store refused: someone else changed the value since the table showed it (one
     * line, and the table read again so the cell shows the latest value), or another failure.
     */
    private void refused(Throwable e) {
        if (e instanceof StaleEditException stale) {
            message.set(stale.getMessage());
            load();
        } else {
            vm.notifier().error("Caravan", e);
        }
    }

    /** Asks a name and a type and adds the attribute (with no values yet). */
    public void askAdd() {
        vm.dialogs()
                .askText("Add attribute", "Name of the new attribute:", "")
                .ifPresent(name -> vm.dialogs()
                        .choose("Add attribute", "Type of " + name.strip() + ":", TYPES)
                        .ifPresent(type -> add(name, type)));
    }

    void add(String name, String type) {
        AttributeType t;
        try {
            t = AttributeValues.type(type);
            String n = AttributeValues.checkedName(name);
            AttributeService.Sheet s = sheet.get();
            if (s != null && s.attributes().keySet().stream().anyMatch(a -> a.equalsIgnoreCase(n))) {
                throw new CaravanException("an attribute named '" + n + "' exists; nothing was changed");
            }
        } catch (CaravanException e) {
            message.set(e.getMessage());
            return;
        }
        String coder = vm.coderProperty().get();
        vm.change(
                (p, c) -> vm.project().attributes().define(name, t, coder),
                n -> message.set("Added attribute " + n + " (" + AttributeValues.typeName(t) + ")"));
    }

    /** A column header: the attribute's name over its type, "age" over "number". */
    public static String header(Map.Entry<String, AttributeType> column) {
        return column.getKey() + "\n" + AttributeValues.typeName(column.getValue());
    }
}
