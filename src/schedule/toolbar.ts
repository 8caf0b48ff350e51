/**
 * The schedule's toolbar, printed from the model: the day tabs, the time zone toggle (or, where
 * the visitor's zone shows the same times, a line saying so) and the optional zone picker.
 * The toolbar is there from the first render on, and its zone control keeps its place: before
 * the visitor is known, the control shows the event's half of its label and a hidden stand-in
 * holds the rest's room, so nothing on the page moves when the visitor's half comes.
 */
import { html, nothing, type TemplateResult } from 'lit';
import { sameClock } from '../time/day.js';
import { zoneShort } from './zone.js';

/** A day tab. */
export interface Tab {
  date: string;
  label: string;
}

/** The zone control: what is shown, and what pressing it shows. */
export interface ZoneControl {
  /** `Times in CEST (event)`. */
  shown: string;
  /** `Show in my time (JST)`: missing before the visitor is known (a stand-in holds its room) and where the toggle has nothing to switch to. */
  action?: string;
  /** The visitor's zone is shown. */
  pressed: boolean;
  /** A button (the visitor's zone shows other times, or is not known yet); else a line of text. */
  button: boolean;
}

/** The zone picker: the zones offered (the visitor's and the event's first) and the one shown. */
export interface Picker {
  zones: string[];
  selected: string;
}

export interface ToolbarHandlers {
  toggle: (event: Event) => void;
  pick: (event: Event) => void;
  tabClick: (event: Event) => void;
  tabKey: (event: KeyboardEvent) => void;
}

export function toolbar(
  tabs: Tab[] | undefined,
  selected: number,
  control: ZoneControl,
  picker: Picker | undefined,
  known: boolean,
  on: ToolbarHandlers,
): TemplateResult {
  return html`<div class="toolbar" part="toolbar">
    ${tabs ? tabList(tabs, selected, on) : nothing}${zoneControl(control, known, on)}${picker ? zonePicker(picker, known, on) : nothing}
  </div>`;
}

/* The visitor's half sits in a cell whose room a hidden stand-in (styles.ts: `.half::after`,
   generated content, so no text of the first render) holds from the first render on. */
function zoneControl(c: ZoneControl, known: boolean, on: ToolbarHandlers): TemplateResult {
  const half = c.action ? html`<span class="action"><span aria-hidden="true"> · </span>${c.action}</span>` : nothing;
  return c.button
    ? html`<button type="button" class="toggle" part="zone-toggle" aria-pressed=${c.pressed ? 'true' : 'false'} ?disabled=${!known} @click=${on.toggle}>${c.shown}<span class="half">${half}</span></button>`
    : html`<span class="toggle same" part="zone-status">${c.shown}</span>`;
}

function zonePicker(p: Picker, known: boolean, on: ToolbarHandlers): TemplateResult {
  return html`<label class="picker" part="zone-picker"
    ><span class="picker-label">Time zone</span>
    <select part="zone-select" ?disabled=${!known} @change=${on.pick}>
      ${p.zones.map((zone) => html`<option value=${zone} ?selected=${zone === p.selected}>${zone.replace(/_/g, ' ')}</option>`)}
    </select></label
  >`;
}

function tabList(tabs: Tab[], selected: number, on: ToolbarHandlers): TemplateResult {
  return html`<div class="tabs" part="tabs" role="tablist" aria-label="Days" @keydown=${on.tabKey}>
    ${tabs.map((tab, i) => {
      const sel = i === selected;
      return html`<button
        type="button"
        class="tab"
        part=${sel ? 'tab tab-selected' : 'tab'}
        role="tab"
        id="day-tab-${i}"
        aria-selected=${sel ? 'true' : 'false'}
        aria-controls="day-panel"
        tabindex=${sel ? 0 : -1}
        data-date=${tab.date}
        @click=${on.tabClick}
      >${tab.label}</button>`;
    })}
  </div>`;
}

/** The tab a key moves to from `at`, or `undefined` for a key that moves nothing. */
export function tabKeyTarget(key: string, at: number, count: number): number | undefined {
  switch (key) {
    case 'ArrowRight':
      return (at + 1) % count;
    case 'ArrowLeft':
      return (at - 1 + count) % count;
    case 'Home':
      return 0;
    case 'End':
      return count - 1;
    default:
      return undefined;
  }
}

/**
 * The zone control for a day whose items run from `first` to `last`: `own` the schedule's zone
 * (`named` when its `timezone` names it), `local` the visitor's (`undefined` before they are
 * known), `picked` a zone they chose from the list.
 */
export function controlFor(
  own: string,
  named: boolean,
  local: string | undefined,
  picked: string | undefined,
  showsLocal: boolean,
  first: number,
  last: number,
): ZoneControl {
  const ownText = `${zoneShort(own, first)}${named ? '' : ' (event)'}`;
  if (!local) return { shown: `Times in ${ownText}`, pressed: false, button: true };
  if (sameClock(own, local, first, last)) {
    return { shown: `Times in ${zoneShort(own, first)} (${named ? 'yours too' : 'event and yours'})`, pressed: false, button: false };
  }
  if (showsLocal) {
    return {
      shown: `Times in ${zoneShort(local, first)} (yours)`,
      action: named ? `Show ${zoneShort(own, first)} time` : 'Show event time',
      pressed: true,
      button: true,
    };
  }
  return {
    shown: `Times in ${picked ? zoneShort(picked, first) : ownText}`,
    action: `Show in my time (${zoneShort(local, first)})`,
    pressed: false,
    button: true,
  };
}
