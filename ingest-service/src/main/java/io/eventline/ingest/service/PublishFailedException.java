package io.eventline.ingest.service;

/** The broker did not acknowledge the article in time: nothing may be claimed accepted (503). */
public class PublishFailedException extends RuntimeException {
    public PublishFailedException(String message, Throwable cause) {
        super(message, cause);
    }
}
