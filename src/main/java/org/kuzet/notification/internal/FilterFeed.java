package org.kuzet.notification.internal;

import io.swagger.v3.oas.annotations.Operation;
import com.rometools.rome.feed.synd.SyndContentImpl;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndEntryImpl;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndFeedImpl;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedOutput;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.kuzet.portal.PublicIncidents;
import org.kuzet.security.Access;
import org.kuzet.security.RouteRule;
import org.kuzet.security.RouteRuleSource;
import org.springframework.context.MessageSource;
import org.springframework.context.annotation.Bean;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * A saved filter as an Atom feed, the newest 50 incidents it selects as its owner sees them. A feed reader cannot
 * sign in, so the address itself is the secret (a random token per filter; deleting the filter kills it).
 */
@RestController
class FilterFeed {

    static final String PATH = "/feeds/filters/";
    private static final int ENTRIES = 50;

    private final SavedFilters filters;
    private final FilterMatches matches;
    private final MessageSource messages;

    FilterFeed(SavedFilters filters, FilterMatches matches, MessageSource messages) {
        this.filters = filters;
        this.matches = matches;
        this.messages = messages;
    }

    @Bean
    static RouteRuleSource notificationFeedRoutes() {
        return () -> List.of(RouteRule.get(PATH + "*", Access.PUBLIC));
    }

    @Operation(summary = "An Atom feed of the newly published incidents matching a saved filter (by its private token)")
    @GetMapping(value = PATH + "{token}", produces = "application/atom+xml;charset=UTF-8")
    String feed(@PathVariable String token) throws FeedException {
        SavedFilter filter = filters.byFeedToken(token)
                .orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
        String base = ServletUriComponentsBuilder.fromCurrentContextPath().build().toUriString();
        SyndFeed feed = new SyndFeedImpl();
        feed.setFeedType("atom_1.0");
        feed.setTitle(messages.getMessage("notification.feed.title", new Object[] {filter.name()},
                Locale.forLanguageTag(filter.lang())));
        feed.setLink(base + "/staff/incidents?" + filter.query());
        feed.setUri(base + PATH + token);
        feed.setLanguage(filter.lang());
        List<SyndEntry> entries = new ArrayList<>();
        for (PublicIncidents.Row row : matches.of(filter).reversed()) {
            if (entries.size() == ENTRIES) {
                break;
            }
            SyndEntry entry = new SyndEntryImpl();
            entry.setTitle(row.title());
            entry.setLink(base + "/staff/incidents/" + row.id());
            entry.setUri(base + "/staff/incidents/" + row.id());
            SyndContentImpl summary = new SyndContentImpl();
            summary.setType("text/plain");
            summary.setValue(row.date() + " · " + (row.place() == null ? "" : row.place() + " · ") + row.category());
            entry.setDescription(summary);
            entries.add(entry);
        }
        feed.setEntries(entries);
        return new SyndFeedOutput().outputString(feed);
    }
}
