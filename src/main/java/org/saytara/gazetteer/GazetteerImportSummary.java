package org.saytara.gazetteer;

import java.nio.file.Path;
import java.util.Map;

/**
 * What {@link GazetteerImport#run} did, for the command line to print.
 *
 * @param wofFiles            GeoJSON files read from the Who's On First checkout
 * @param wofLocalities       locality records among them
 * @param localities          populated places written (each with an Arabic name)
 * @param withoutArabicName   GeoNames places WOF has but with no Arabic name: never found in Arabic text
 * @param deprecated          GeoNames places whose every WOF record is deprecated or superseded
 * @param fromGeoNamesOnly    places only the GeoNames extract has
 * @param withoutGeoNamesId   WOF places with no GeoNames id kept because nothing near bears their name
 * @param regions             region places by level
 * @param ordinaryWords       names that are also dictionary words
 * @param dictionaryWords     words read from the dictionary
 * @param placedByPolygon     localities whose district came from the county polygon
 * @param placedByNearest     localities whose district came from the nearest sub-district centroid
 */
public record GazetteerImportSummary(int wofFiles, int wofLocalities, int localities, int withoutArabicName,
                                     int deprecated, int fromGeoNamesOnly, int withoutGeoNamesId,
                                     Map<AdminLevel, Integer> regions, int ordinaryWords, int dictionaryWords,
                                     int placedByPolygon, int placedByNearest, Path out) {
    @Override
    public String toString() {
        return "read " + wofFiles + " Who's On First files (" + wofLocalities + " localities); wrote " + localities
                + " places with an Arabic name (" + fromGeoNamesOnly + " from GeoNames only, " + withoutGeoNamesId
                + " without a GeoNames id; left out " + withoutArabicName + " without an Arabic name and " + deprecated
                + " deprecated), regions " + regions + ", " + ordinaryWords + " names that are ordinary words (of "
                + dictionaryWords + " dictionary words); districts by polygon " + placedByPolygon + ", by nearest sub-district "
                + placedByNearest + "; into " + out;
    }
}
