package cn.anzuo.organization.web;

import jakarta.validation.constraints.NotNull;

/** {@code PATCH} body that disables or re-enables a record: {@code {"enabled":false}}. */
record EnabledRequest(@NotNull Boolean enabled) {}
