/**
 * Serves Briefly as a local web app and HTTP API ({@code briefly serve}): a page that summarises an uploaded or
 * pasted article into the {@code --format html} report, and {@code POST /api/summarize}, which answers with the
 * {@code --format json} document. Built on Jetty's core server, an optional dependency like picocli: the library
 * never refers to this package, and this package never refers to the command line. See docs/serve.md.
 */
package dev.briefly.serve;
