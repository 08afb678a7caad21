package org.kuzet.search.internal;

import java.util.List;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;
import org.kuzet.search.SearchIndex;

/** {@code search-reindex}: rebuilds the search documents from the records (after a bulk load, or to repair). */
public final class SearchReindexCommand implements Command {

    @Override
    public String name() {
        return "search-reindex";
    }

    @Override
    public String usage() {
        return ": rebuild the search index from the records";
    }

    @Override
    public int run(List<String> args, CommandContext context) {
        if (!args.isEmpty()) {
            context.err().println("Usage: search-reindex (takes no arguments)");
            return 2;
        }
        long started = System.nanoTime();
        long documents = context.bean(SearchIndex.class).reindex();
        long millis = (System.nanoTime() - started) / 1_000_000;
        context.out().println("{\"documents\":" + documents + ",\"millis\":" + millis + "}");
        return 0;
    }
}
