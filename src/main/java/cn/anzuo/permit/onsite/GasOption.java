package cn.anzuo.permit.onsite;

/** A gas of the gas table as a pick list shows it; {@code combustible} gases may be read in %LEL. */
public record GasOption(String code, String name, boolean combustible) {}
