package org.caravanqda.gui.analysis;

import java.util.List;
import java.util.Locale;
import java.util.function.Consumer;
import javafx.beans.property.ReadOnlyObjectWrapper;
import javafx.collections.FXCollections;
import javafx.geometry.Pos;
import javafx.scene.control.TableCell;
import javafx.scene.control.TableColumn;
import javafx.scene.control.TableView;

/** Shows a {@link Grid}: sortable columns, numbers right-aligned; a click on a cell reports its row and column. */
final class GridTable {
    private final TableView<List<Object>> table = new TableView<>();

    /** {@code onCell}: {row index in the grid, column index} of the double-clicked cell (a click selects, to copy). */
    GridTable(Consumer<int[]> onCell) {
        table.setId("analysis-table");
        table.setPlaceholder(new javafx.scene.control.Label("Nothing counted yet"));
        table.getSelectionModel().setCellSelectionEnabled(true);
        table.setOnMouseClicked(e -> {
            var cells = table.getSelectionModel().getSelectedCells();
            if (e.getClickCount() == 2 && !cells.isEmpty()) {
                var pos = cells.get(0);
                List<Object> row = table.getItems().get(pos.getRow());
                int column = table.getColumns().indexOf(pos.getTableColumn());
                onCell.accept(new int[] {rowIndex(row), column});
            }
        });
    }

    private List<List<Object>> shown = List.of();

    private int rowIndex(List<Object> row) {
        for (int i = 0; i < shown.size(); i++) {
            if (shown.get(i) == row) {
                return i;
            }
        }
        return -1;
    }

    void show(Grid grid) {
        table.getColumns().clear();
        Locale locale = Locale.getDefault(Locale.Category.FORMAT);
        for (int i = 0; i < grid.header().size(); i++) {
            int c = i;
            TableColumn<List<Object>, Object> col =
                    new TableColumn<>(grid.header().get(i));
            col.setCellValueFactory(d -> new ReadOnlyObjectWrapper<>(
                    c < d.getValue().size() ? d.getValue().get(c) : null));
            col.setComparator(GridTable::compare);
            col.setCellFactory(x -> new TableCell<>() {
                @Override
                protected void updateItem(Object item, boolean empty) {
                    super.updateItem(item, empty);
                    setText(empty ? null : Grid.text(item, locale));
                    setAlignment(item instanceof Number ? Pos.CENTER_RIGHT : Pos.CENTER_LEFT);
                }
            });
            // a long heading (a code path, "30-39 (n=4)") wraps instead of being cut (caravan.css)
            col.setPrefWidth(
                    i == 0
                            ? 280
                            : Math.max(
                                    80, Math.min(130, 7.5 * grid.header().get(i).length() + 16)));
            table.getColumns().add(col);
        }
        shown = grid.rows();
        table.setItems(FXCollections.observableArrayList(grid.rows()));
    }

    private static double headingWidth(String heading) {
        javafx.scene.text.Text t = new javafx.scene.text.Text(heading);
        t.setFont(javafx.scene.text.Font.font(
                javafx.scene.text.Font.getDefault().getFamily(),
                javafx.scene.text.FontWeight.BOLD,
                javafx.scene.text.Font.getDefault().getSize()));
        return t.getLayoutBounds().getWidth();
    }

    @SuppressWarnings({"unchecked", "rawtypes"})
    private static int compare(Object a, Object b) {
        if (a instanceof Number x && b instanceof Number y) {
            return Double.compare(x.doubleValue(), y.doubleValue());
        }
        if (a instanceof Comparable && a.getClass() == (b == null ? null : b.getClass())) {
            return ((Comparable) a).compareTo(b);
        }
        return String.valueOf(a).compareTo(String.valueOf(b));
    }

    TableView<List<Object>> node() {
        return table;
    }
}
