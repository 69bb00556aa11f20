package cn.anzuo.archive.domain;

import java.util.List;
import java.util.UUID;

/** A permit's whole trace and whether its chain still holds. */
public record Trace(UUID permitId, List<TraceEvent> events, boolean chainValid) {}
