package org.caravanqda.gui;

/**
 * UI tests run without a display (Monocle, software rendering), as CI machines have none;
 * {@code -Dcaravan.gui.display=true} runs them on the real screen (or under xvfb-run) instead.
 * Must run before the JavaFX toolkit starts: test classes extend this, so the static block runs first.
 */
public abstract class HeadlessFx {
    static {
        if (!Boolean.getBoolean("caravan.gui.display")) {
            System.setProperty("testfx.robot", "glass");
            System.setProperty("testfx.headless", "true");
            System.setProperty("prism.order", "sw");
            System.setProperty("prism.text", "t2k");
            System.setProperty("glass.platform", "Monocle");
            System.setProperty("monocle.platform", "Headless");
            System.setProperty("java.awt.headless", "true");
            // the headless screen must hold the 1440x900 window, or Monocle overflows its frame buffer
            System.setProperty("headless.geometry", "1600x1000-32");
        }
    }
}
