package cn.anzuo.permit.domain;

/** A day of the holiday calendar: a public holiday, or a weekend day worked instead (调休上班). */
public enum HolidayKind {
    /** 法定节假日 or a company's own rest day: hot work that day is upgraded (GB 30871 5.1.1). */
    HOLIDAY,
    /** A weekend day declared a working day by the State Council's arrangement (调休). */
    WORKDAY
}
