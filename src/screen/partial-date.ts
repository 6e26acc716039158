// Dates as lists give them: a year, a year and month, or a full day (YYYY, YYYY-MM, YYYY-MM-DD).
import { z } from 'zod';

const PATTERN = /^(\d{4})(?:-(0[1-9]|1[0-2])(?:-(0[1-9]|[12]\d|3[01]))?)?$/;

export const PartialDate = z.string().regex(PATTERN, 'birth_date must be YYYY, YYYY-MM or YYYY-MM-DD');
