/** Pictures the stories use: LINE's own Flex Simulator sample images, which a designer's browser can load. */
const FX = 'https://developers-resource.landpress.line.me/fx';

export const PHOTO = {
  cafe: `${FX}/clip/clip3.jpg`,
  food: `${FX}/clip/clip1.jpg`,
  shirt: `${FX}/clip/clip2.jpg`,
  room: `${FX}/clip/clip7.jpg`,
  street: `${FX}/clip/clip8.jpg`,
  person: `${FX}/clip/clip13.jpg`,
  logo: `${FX}/clip/clip14.png`,
} as const;

export const STAR = { gold: `${FX}/img/review_gold_star_28.png`, gray: `${FX}/img/review_gray_star_28.png` } as const;
