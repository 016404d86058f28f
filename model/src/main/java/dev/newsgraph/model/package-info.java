/**
 * The story record ({@code newsgraph/1}): immutable records and enums for everything an
 * article becomes, free of any NLP library's types, and {@link dev.newsgraph.model.RecordCodec},
 * the JSON codec every other layer speaks.
 */
package dev.newsgraph.model;
