package io.eventline.contracts;

/** A counted thing in an event: 128 homes searched, 130 killed. */
public record Quantity(long value, String unit) {
}
