package cn.anzuo.notification.domain;

import java.util.UUID;

/** A new item reached a user's inbox; the e-mail channel picks it up after the commit. Internal to the module. */
public record InboxItemStored(UUID itemId, UUID userId) {}
