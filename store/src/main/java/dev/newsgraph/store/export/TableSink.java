package dev.newsgraph.store.export;

import java.io.IOException;
import java.util.List;

/** Receives exported tables one after another: a table's columns, then its rows. */
interface TableSink {
    void begin(String table, List<Column> columns) throws IOException;

    void row(List<Object> values) throws IOException;

    void end() throws IOException;
}
