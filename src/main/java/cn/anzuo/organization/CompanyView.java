package cn.anzuo.organization;

import java.util.UUID;

/** A company as other modules see it. */
public record CompanyView(UUID id, String code, String name, UUID parentId) {}
