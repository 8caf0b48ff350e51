import type { Workshop } from '../feed/types.js';
import type { Layout } from './layout.js';

/** A day tab. */
export interface Tab {
  date: string;
  label: string;
}

/** What the schedule shows, computed once per change of its inputs (feed, attributes, choice, language). */
export interface ScheduleModel {
  layout: Layout;
  /** The day tabs, or `undefined` when the day shows alone; `selected` is the index of the day shown. */
  tabs?: Tab[];
  selected: number;
  /** The visitor's zone is shown (the toggle is pressed). */
  showsLocal: boolean;
  /** What follows the caption's zone line: whose zone it is. */
  whose: string;
  /** The toggle's label, or `undefined` when the visitor's zone shows the same times. */
  toggle?: string;
  /** The day, written out (`Friday, 26 July 2024`). */
  dayLabel: string;
  /** What the calendar link's file is made from. */
  workshop: Workshop;
  calendarName: string;
  calendarFile: string;
  /** The day as one event, in Google Calendar and Outlook. */
  web: { google: string; outlook: string };
}
