package org.caravanqda.gui.common;

/** Tells the user that something failed; view models report every failure here. */
@FunctionalInterface
public interface Notifier {
    void error(String what, Throwable cause);
}
