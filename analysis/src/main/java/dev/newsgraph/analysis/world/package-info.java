/**
 * What the stages know of the world beyond the article: countries, demonyms, capitals,
 * institutions, role words, organisation-name words, group nouns and first-name genders
 * ({@link dev.newsgraph.analysis.world.WorldKnowledge}), shared by the entity, quote and event
 * stages. Tables: {@code country-names.tsv}, {@code demonyms-extra.tsv}, {@code capitals.tsv},
 * {@code institutions.tsv}, {@code roles.tsv}, {@code organization-words.tsv}, {@code group-nouns.txt};
 * CoreNLP's demonym and first-name lists come through {@link dev.newsgraph.analysis.linguistics.CoreNlpData}.
 */
package dev.newsgraph.analysis.world;
