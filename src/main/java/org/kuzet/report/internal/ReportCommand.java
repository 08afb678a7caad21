package org.kuzet.report.internal;

import org.kuzet.report.Rendition;
import org.kuzet.report.Lang;
import org.kuzet.report.Period;
import org.kuzet.report.ReportDesk;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.kuzet.cli.Command;
import org.kuzet.cli.CommandContext;
import tools.jackson.databind.ObjectMapper;

/**
 * {@code report --month 2024-03 --lang ru --format pdf --out FILE}: the report of a period as the data gives it
 * now (also {@code --quarter 2024-Q1}, {@code --year 2024}, {@code --from 2024-03-01 --to 2024-03-15}), in html,
 * md, pdf, csv or json; to standard output when no file is given.
 */
public final class ReportCommand implements Command {

    private static final Set<String> OPTIONS = Set.of("--month", "--quarter", "--year", "--from", "--to", "--lang",
            "--format", "--out");
    private static final Set<String> FORMATS = Set.of("html", "md", "pdf", "csv", "json");

    @Override
    public String name() {
        return "report";
    }

    @Override
    public String usage() {
        return "--month YYYY-MM | --quarter YYYY-Qn | --year YYYY | --from YYYY-MM-DD --to YYYY-MM-DD "
                + "[--lang en|ru|kk] [--format html|md|pdf|csv|json] [--out FILE]: the report as the data gives it now";
    }

    @Override
    public int run(List<String> args, CommandContext context) throws IOException {
        Map<String, String> options = new HashMap<>();
        for (int i = 0; i < args.size(); i += 2) {
            if (!OPTIONS.contains(args.get(i)) || i + 1 >= args.size()) {
                context.err().println("Usage: report " + usage());
                return 2;
            }
            options.put(args.get(i), args.get(i + 1));
        }
        Period period;
        Lang lang;
        try {
            period = period(options);
            lang = Lang.of(options.getOrDefault("--lang", "en"));
        } catch (IllegalArgumentException e) {
            context.err().println(e.getMessage());
            return 2;
        }
        String format = options.getOrDefault("--format", "md");
        if (!FORMATS.contains(format)) {
            context.err().println("--format: must be html, md, pdf, csv or json, not '" + format + "'");
            return 2;
        }
        ReportDesk.Content content = context.bean(ReportDesk.class).live(period, lang);
        byte[] body = Rendition.bytes(format, period.key(), lang, content, context.bean(ObjectMapper.class));
        if (options.containsKey("--out")) {
            Files.write(Path.of(options.get("--out")), body);
            context.err().println("Wrote " + options.get("--out") + " (" + body.length + " bytes)");
        } else {
            context.out().write(body);
            context.out().flush();
        }
        return 0;
    }

    private static Period period(Map<String, String> o) {
        int given = (o.containsKey("--month") ? 1 : 0) + (o.containsKey("--quarter") ? 1 : 0)
                + (o.containsKey("--year") ? 1 : 0) + (o.containsKey("--from") || o.containsKey("--to") ? 1 : 0);
        if (given != 1) {
            throw new IllegalArgumentException("give exactly one of --month, --quarter, --year or --from/--to");
        }
        if (o.containsKey("--from") || o.containsKey("--to")) {
            if (!o.containsKey("--from") || !o.containsKey("--to")) {
                throw new IllegalArgumentException("--from and --to go together");
            }
            return Period.parse(o.get("--from") + ".." + o.get("--to"));
        }
        String text = o.getOrDefault("--month", o.getOrDefault("--quarter", o.get("--year")));
        Period p = Period.parse(text);
        Period.Kind expected = o.containsKey("--month") ? Period.Kind.MONTH
                : o.containsKey("--quarter") ? Period.Kind.QUARTER : Period.Kind.YEAR;
        if (p.kind() != expected) {
            throw new IllegalArgumentException("'" + text + "' is not a " + expected.name().toLowerCase() + "");
        }
        return p;
    }
}
