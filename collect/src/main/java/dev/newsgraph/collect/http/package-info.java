/**
 * HTTP as a good citizen: URL normal forms, robots.txt, one request at a time per host with a
 * delay between, conditional requests, size caps, retries with back-off. Knows nothing of news.
 */
package dev.newsgraph.collect.http;
