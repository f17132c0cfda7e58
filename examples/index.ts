/** Every example design, in gallery order: used by the demo, the stories, the tests and the benchmarks. */
import appointmentReminder from './appointment-reminder.tsx';
import coupon from './coupon.tsx';
import type { Example } from './define.ts';
import deliveryTracker from './delivery-tracker.tsx';
import eventTicket from './event-ticket.tsx';
import hotelBooking from './hotel-booking.tsx';
import newsDigest from './news-digest.tsx';
import profileCard from './profile-card.tsx';
import receipt from './receipt.tsx';
import restaurantCard from './restaurant-card.tsx';
import shoppingCarousel from './shopping-carousel.tsx';
import survey from './survey.tsx';
import transitRoute from './transit-route.tsx';
import welcomeText from './welcome-text.tsx';

// A plain text first, then single bubbles from small to rich, then carousels.
export const examples: readonly Example[] = [
  welcomeText,
  receipt,
  restaurantCard,
  eventTicket,
  appointmentReminder,
  profileCard,
  deliveryTracker,
  transitRoute,
  survey,
  hotelBooking,
  coupon,
  newsDigest,
  shoppingCarousel,
];

export { sampleElement, type Example } from './define.ts';
