/**
 * `esfomo-elements/schedule.js`: `<esfomo-schedule>`, registered on import. The element, its
 * layout and its styles live in `schedule/`.
 */
export { EsfomoSchedule } from './schedule/schedule.js';
export type { TimezoneChoice, TimezoneChangeDetail } from './schedule/schedule.js';
