/**
 * The working calendar capability: working days, holiday tables, Ramadan and the week definition.
 * @module
 */
export { workingCalendar, flexibleCapForWeek, periodBounds } from "./calendar.js";
export { officialHolidays, officialHolidayYears, estimatedFixedHolidays } from "./holidays.js";
export type {
  Period,
  DayKind,
  HolidayKind,
  HolidayEntry,
  CalendarDay,
  CalendarWeek,
  WorkingCalendar,
  WorkingCalendarOptions,
  RamadanPeriod,
  OfficialHolidayTable,
} from "./types.js";
