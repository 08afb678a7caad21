package org.kuzet.place.internal;

import java.time.LocalDate;
import java.util.List;

/**
 * A place of the gazetteer as the API shows it: its name in the language asked for, its names in all three, the
 * other spellings, its parent and the region (or city of republican significance) it belongs to, and for a town
 * its point (latitude and longitude in degrees, WGS 84; null for a region or a country).
 */
public record Place(String code, String kind, String name, Names names, List<String> aliases, String parent,
        String region, String countryCode, boolean regionalCentre, LocalDate validFrom, LocalDate validTo,
        Double latitude, Double longitude) {

    public record Names(String en, String ru, String kk) {

        String in(String lang) {
            return switch (lang) {
                case "ru" -> ru;
                case "kk" -> kk;
                default -> en;
            };
        }
    }
}
