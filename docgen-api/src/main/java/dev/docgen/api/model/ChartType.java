package dev.docgen.api.model;

/** The chart kinds every renderer draws. */
public enum ChartType { BAR, LINE, PIE }
