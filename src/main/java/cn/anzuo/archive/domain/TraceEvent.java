package cn.anzuo.archive.domain;

import java.util.Map;

/** One event of a permit's trace, as API.md shows it; {@code hash} covers everything else. */
public record TraceEvent(int seq, String at, String type, String actor, Map<String, Object> data, String hash,
        String prevHash) {}
