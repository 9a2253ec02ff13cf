package org.caravanqda.gui;

import java.nio.file.Path;
import java.util.function.Supplier;
import javafx.application.Application;
import org.caravanqda.app.Caravan;
import org.caravanqda.app.port.Desktop;

/**
 * The desktop port's JavaFX side. Main's class does not extend Application, so the shaded jar
 * starts from a plain classpath; the JavaFX application is launched from here.
 */
public final class FxDesktop implements Desktop {
    private final Supplier<Caravan> app;

    public FxDesktop(Supplier<Caravan> app) {
        this.app = app;
    }

    @Override
    public void open(Path projectOrNull) {
        CaravanFxApp.prepare(app.get(), projectOrNull);
        Application.launch(CaravanFxApp.class);
    }
}
