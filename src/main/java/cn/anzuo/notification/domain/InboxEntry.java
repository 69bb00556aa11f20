package cn.anzuo.notification.domain;

import java.time.Instant;
import java.util.UUID;

/** An inbox item as a reader sees it: title and body already in the reader's language. */
public record InboxEntry(
        UUID id, String kind, String title, String body, String link, Instant createdAt, Instant readAt, boolean read) {}
