package org.caravanqda.analysis;

import java.util.List;
import org.caravanqda.model.CodePath;

/** Document x code, 1 when the document has the code or one of its descendants: for regressions in R or SPSS. */
public record PresenceTable(List<String> documents, List<CodePath> codes, List<boolean[]> present) {}
