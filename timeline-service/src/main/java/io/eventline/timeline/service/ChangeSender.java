package io.eventline.timeline.service;

import io.eventline.timeline.Change;

import java.util.concurrent.CompletableFuture;

/** Sends one change-log row to timeline.events; the future completes when the broker acknowledged it. */
public interface ChangeSender {
    CompletableFuture<Void> send(Change change);
}
