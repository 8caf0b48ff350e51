import type { Workshop } from '../feed/types.js';
import type { Layout } from './layout.js';
import type { Picker, Tab, ZoneControl } from './toolbar.js';

/** What the schedule shows, computed once per change of its inputs (feed, attributes, choice, language, the visitor). */
export interface ScheduleModel {
  layout: Layout;
  /** The day tabs, or `undefined` when the day shows alone; `selected` is the index of the day shown. */
  tabs?: Tab[];
  selected: number;
  /** What follows the caption's zone line: whose zone it is. */
  whose: string;
  /** The toggle (or the line saying the visitor's zone shows the same times). */
  control: ZoneControl;
  picker?: Picker;
  /** Whether the visitor is known: before, nothing of theirs is shown (the first render). */
  known: boolean;
  /** The day, written out (`Friday, 26 July 2024`). */
  dayLabel: string;
  /** What the calendar link's file is made from. */
  workshop: Workshop;
  calendarName: string;
  calendarFile: string;
  /** The day as one event, in Google Calendar and Outlook. */
  web: { google: string; outlook: string };
}
