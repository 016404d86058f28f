/**
 * Where the places an article names are: a gazetteer of GeoNames places, countries and first-level
 * divisions ({@link dev.newsgraph.analysis.place.Gazetteer}, data in {@code gazetteer.tsv.gz}, made by
 * {@code tools/gazetteer}; names news uses beside GeoNames' in {@code alternate-names.tsv}, and the world package's
 * {@code us-states.tsv}) and the stage that gives each place entity its {@link dev.newsgraph.model.Geo}
 * by the evidence of the article ({@link dev.newsgraph.analysis.place.PlaceResolver}).
 */
package dev.newsgraph.analysis.place;
