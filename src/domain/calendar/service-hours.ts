// Opening hours of the customer service (leaflet: "0970 800 800, 9h-18h00 lun.-ven., horaires
// métropolitains", a non-premium number): Monday to Friday, 9:00 to 18:00 in Paris, closed on
// public holidays.

import { isWorkingDay, parisDay } from './working-days.js';

/** Opening hours of one day, `HH:MM` in Paris. */
export type OpeningHours = { opens: string; closes: string };

/** The customer service's hours on working days. */
export const CUSTOMER_SERVICE_HOURS: OpeningHours = { opens: '09:00', closes: '18:00' };

const PARIS_TIME = new Intl.DateTimeFormat('en-GB', {
  timeZone: 'Europe/Paris',
  hour: '2-digit',
  minute: '2-digit',
  hourCycle: 'h23',
});

/** Whether the customer service answers at an instant (working day, within the hours, Paris time). */
export function isCustomerServiceOpen(
  instant: Date,
  hours: OpeningHours = CUSTOMER_SERVICE_HOURS,
): boolean {
  if (!isWorkingDay(parisDay(instant))) return false;
  const time = PARIS_TIME.format(instant);
  return time >= hours.opens && time < hours.closes;
}
