package org.caravanqda.gui.common;

/** The one stylesheet every window of Caravan uses, so dialogs look like the workbench they open from. */
public final class Styles {
    public static final String STYLESHEET =
            Styles.class.getResource("/org/caravanqda/gui/caravan.css").toExternalForm();

    private Styles() {}
}
