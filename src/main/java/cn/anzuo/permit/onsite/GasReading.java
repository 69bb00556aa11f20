package cn.anzuo.permit.onsite;

/** One measured value of a gas analysis. */
public record GasReading(String gas, double value, GasUnit unit) {}
