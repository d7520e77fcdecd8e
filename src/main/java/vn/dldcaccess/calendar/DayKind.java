package vn.dldcaccess.calendar;

enum DayKind {
    /** A public holiday or a day off granted in lieu (nghỉ bù, hoán đổi). */
    HOLIDAY,
    /** A weekend day worked in exchange for a bridged holiday (làm bù). */
    MAKEUP_WORKDAY
}
