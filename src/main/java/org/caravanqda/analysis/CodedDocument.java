package org.caravanqda.analysis;

import java.util.List;
import org.caravanqda.model.Coding;
import org.caravanqda.model.TextUnit;

/**
 * One document as the tables see it: its text, units and the codings selected for counting
 * (ordered by start). Tables are built one document at a time, so memory does not grow with
 * the number of codings in the project.
 */
public record CodedDocument(long id, String name, String text, List<TextUnit> units, List<Coding> codings) {}
