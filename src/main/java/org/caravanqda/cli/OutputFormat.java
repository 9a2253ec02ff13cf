package org.caravanqda.cli;

/** --format values: a table for humans or JSON for scripts. */
enum OutputFormat {
    table,
    json
}
