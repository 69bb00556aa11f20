package cn.anzuo.permit.onsite;

/** A reading outside its limit: the gas, the value and limit in the rule's unit, and the rule. */
public record GasFailure(String gas, double value, double limit, String unit, String rule) {}
