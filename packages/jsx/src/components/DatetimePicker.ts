import type { DatetimePickerAction } from '@linejsx/schema';
import { defineAction } from './action.ts';

export type DatetimePickerProps = Omit<DatetimePickerAction, 'type'>;

/**
 * A datetime picker action (`R#datetime-picker-action`): the user picks a date (`YYYY-MM-DD`), a
 * time (`HH:mm`) or both (`YYYY-MM-DDTHH:mm`), between 1900-01-01T00:00 and 2100-12-31T23:59.
 *
 * @example
 * <DatetimePicker label="Pick a day" data="book" mode="date" min="2026-12-01" max="2026-12-31" />
 */
export const DatetimePicker = defineAction<DatetimePickerProps>('DatetimePicker', 'datetimepicker');
