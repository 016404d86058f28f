/**
 * HTML pages to story text and metadata: charset, DOM clean-up, content scoring of blocks
 * (text density, link density, markup signals), JSON-LD and meta tags.
 */
package dev.newsgraph.reading.html;
