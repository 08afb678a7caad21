package org.kuzet.report.internal;

/**
 * One year of the art. 158 indicators: incidents of obstruction or attacks, complaints to the police under art.
 * 158, such cases sent to court, and judgments in favour of the journalists (convictions).
 */
public record YearIndicator(int year, long incidents, long complaints, long sentToCourt, long convictions) {
}
