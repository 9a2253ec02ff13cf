package org.caravanqda.gui.retrieval;

import javafx.scene.control.Tab;
import javafx.stage.Window;
import org.caravanqda.app.retrieval.RetrievalRequest;
import org.caravanqda.gui.workbench.WorkbenchMenus;
import org.caravanqda.gui.workbench.WorkbenchView;

/**
 * Puts retrieval into a workbench: the "retrieval" tab beside the transcript (one, reused: a new
 * request lists its segments there), the opener other views call
 * ({@code WorkbenchViewModel.openRetrieval}: a double-click on a code, a chart's bar), and the
 * Analysis menu's "Retrieve coded segments…".
 */
public final class RetrievalTab {
    public static final String ID = "retrieval";

    private final WorkbenchView workbench;
    private final Window owner;
    private RetrievalViewModel vm;
    private RetrievalView view;

    private RetrievalTab(WorkbenchView workbench, Window owner) {
        this.workbench = workbench;
        this.owner = owner;
    }

    /** Called once when the workbench is built (Shell). */
    public static RetrievalTab install(WorkbenchView workbench, Window owner) {
        RetrievalTab tab = new RetrievalTab(workbench, owner);
        workbench.viewModel().retrievalOpener(tab::open);
        workbench
                .menus()
                .analysis()
                .getItems()
                .add(WorkbenchMenus.item("Retrieve coded segments…", "Shortcut+Shift+R", e -> tab.ask()));
        return tab;
    }

    /** Asks which codes, how combined, with sub-codes or not; then lists them. */
    public void ask() {
        var selected = workbench.viewModel().codebook().selectedProperty().get();
        new CodesDialog(
                        owner,
                        workbench.viewModel().codebook().nodes().stream()
                                .map(n -> n.path())
                                .toList(),
                        selected == null ? java.util.List.of() : java.util.List.of(selected.path()),
                        RetrievalRequest.Combine.ANY,
                        true)
                .choose()
                .ifPresent(this::open);
    }

    /** Opens (or selects) the retrieval tab and lists what {@code request} asks for. */
    public void open(RetrievalRequest request) {
        if (vm == null) {
            vm = new RetrievalViewModel(workbench.viewModel(), workbench.center()::showTranscript);
            view = new RetrievalView(vm, owner);
        }
        RetrievalViewModel shown = vm;
        Tab tab = workbench.center().show(ID, "Segments", view::node);
        tab.textProperty().bind(shown.titleProperty());
        tab.setOnClosed(e -> {
            shown.close();
            vm = null;
            view = null;
        });
        shown.open(request);
    }

    /** The open tab's view model, or null (for tests and screenshots). */
    public RetrievalViewModel viewModel() {
        return vm;
    }

    public RetrievalView view() {
        return view;
    }
}
