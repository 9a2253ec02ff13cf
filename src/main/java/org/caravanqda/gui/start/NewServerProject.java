package org.caravanqda.gui.start;

import java.nio.file.Path;

/**
 * What "New server project…" asks, as {@code caravan init --server ADDRESS} takes it: the address of
 * the empty database, the project's name and language, and its codebook ({@code codebook} a file
 * to load, or null: the default codebook unless {@code emptyCodebook}).
 */
public record NewServerProject(String address, String name, String language, Path codebook, boolean emptyCodebook) {}
