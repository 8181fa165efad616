package dev.docgen.api.model;

/** Starts a new page. */
public record PageBreak() implements Block {}
