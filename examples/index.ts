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
import mainMenu from './rich-menu/main-menu.tsx';
import shopTabs from './rich-menu/shop-tabs.tsx';
import shoppingCarousel from './shopping-carousel.tsx';
import survey from './survey.tsx';
import transitRoute from './transit-route.tsx';
import welcomeText from './welcome-text.tsx';

// A plain text first, then single bubbles from small to rich, then carousels; rich menus last.
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
  mainMenu,
  shopTabs,
];

/** The designs that render to a message (`kind: 'message'`). */
export const messageExamples: readonly Example[] = examples.filter((example) => example.kind === 'message');

/** The rich menus (`kind: 'richMenu'`): render them with `renderRichMenus`, which gives each menu's alias and image too. */
export const richMenuExamples: readonly Example[] = examples.filter((example) => example.kind === 'richMenu');

export { type Example, sampleElement } from './define.ts';
