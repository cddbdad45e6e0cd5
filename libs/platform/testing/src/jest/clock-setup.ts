import { clock, parseLocalDate } from '@bastion/calendar';

// A dated run (BASTION_TODAY=YYYY-MM-DD) sets today for the test file and the services it boots in
// its own process; the workflows they start carry the same shift in their memo.
const today = process.env['BASTION_TODAY'];
if (today) clock.setToday(parseLocalDate(today));
