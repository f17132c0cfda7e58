/**
 * The preview's stylesheet. Flex rules follow LINE's documented layout and the simulator's values
 * (values.ts); the chat chrome around them is drawn to look like the LINE app.
 */
import { BUBBLE_BACKGROUND, BUTTON, CAROUSEL, CHAT, FONT_SIZE_PX, TEXT } from './values.ts';

// A picture glyph shown where an image could not load.
const PICTURE_GLYPH =
  "url(\"data:image/svg+xml,%3Csvg xmlns='http://www.w3.org/2000/svg' viewBox='0 0 24 24' fill='none' stroke='%238a94a6' stroke-width='1.6'%3E%3Crect x='3' y='5' width='18' height='14' rx='2'/%3E%3Ccircle cx='9' cy='10' r='1.8'/%3E%3Cpath d='M4 17l5-5 4 4 3-3 4 4'/%3E%3C/svg%3E\")";

// Where the message column starts: carousels start there too, though they scroll across the whole phone.
const MESSAGE_START = CHAT.inset + CHAT.avatar + CHAT.avatarGap;

const THEMES = `
.lj-root{--lj-bg:${CHAT.background};--lj-bubble:#ffffff;--lj-bubble-text:#111111;--lj-user-bubble:${CHAT.userBubble};--lj-user-text:#111111;--lj-name:#ffffff;--lj-time:#eef2f8;--lj-bar:#ffffff;--lj-bar-text:#111111;--lj-bar-icon:#8a919c;--lj-field:#f1f2f4;--lj-chip:#ffffff;--lj-chip-text:#111111;--lj-card:#ffffff;--lj-card-title:#111111;--lj-card-text:#666666;--lj-card-line:#e6e8eb;--lj-card-action:#5776a5;--lj-placeholder:#dfe3ea}
.lj-theme-dark{--lj-bg:#1c1e22;--lj-bubble:#2f3237;--lj-bubble-text:#eef0f3;--lj-user-bubble:#3f7d2c;--lj-user-text:#eef0f3;--lj-name:#b8bdc6;--lj-time:#8b9099;--lj-bar:#111315;--lj-bar-text:#eef0f3;--lj-bar-icon:#8b9099;--lj-field:#26292e;--lj-chip:#2f3237;--lj-chip-text:#eef0f3;--lj-card:#2f3237;--lj-card-title:#eef0f3;--lj-card-text:#b8bdc6;--lj-card-line:#3c4047;--lj-card-action:#8fb0e8;--lj-placeholder:#3a3e45}
`;

const BASE = `
.lj-root{font-family:${TEXT.fontFamily};font-size:16px;line-height:${TEXT.lineHeight};-webkit-font-smoothing:antialiased;text-size-adjust:100%}
.lj-root *,.lj-root *::before,.lj-root *::after{box-sizing:border-box}
.lj-root p{margin:0}
.lj-tappable{cursor:pointer}
img.lj-invalid{outline:2px dashed #e5484d;outline-offset:-2px}
.lj-invalid:where(:not(img)){position:relative}
.lj-invalid:not(img)::after{content:"";position:absolute;inset:0;border:2px dashed #e5484d;pointer-events:none;z-index:5}
.lj-missing{background-color:var(--lj-placeholder,#dfe3ea);background-image:${PICTURE_GLYPH};background-repeat:no-repeat;background-position:center;background-size:28px}
.lj-missing>.lj-picture,.lj-missing>img{visibility:hidden}
.lj-ratio{width:100%}
.lj-picture{position:absolute;inset:0;width:100%;height:100%;display:block;object-fit:contain}
.lj-cover>.lj-picture{object-fit:cover}
.lj-play{position:absolute;left:50%;top:50%;width:48px;height:48px;margin:-24px 0 0 -24px;border-radius:50%;background:rgba(0,0,0,.45);pointer-events:none}
.lj-play::after{content:"";position:absolute;left:19px;top:14px;border-style:solid;border-width:10px 0 10px 16px;border-color:transparent transparent transparent #fff}
`;

// Flex: LINE's layout rules as CSS flexbox (`Dl#…`), with the simulator's values.
const FLEX = `
.lj-bubble{display:flex;flex-direction:column;position:relative;overflow:hidden;background:${BUBBLE_BACKGROUND};color:${TEXT.color};font-size:${FONT_SIZE_PX.md}px;line-height:${TEXT.lineHeight};text-align:start}
.lj-flex-single>.lj-bubble{width:var(--lj-bubble-width);max-width:100%}
.lj-block{display:flex;flex-direction:column;position:relative;flex:none}
.lj-block>*{flex:1 0 auto}
.lj-body{flex:1 0 auto}
.lj-block-separator::before{content:"";position:absolute;left:0;right:0;top:0;border-top:1px solid var(--lj-separator);transform:scaleY(.5);transform-origin:0 0;z-index:1}
.lj-box{display:flex;position:relative;overflow:hidden;min-width:0}
.lj-vertical{flex-direction:column}
.lj-horizontal{flex-direction:row}
.lj-baseline{flex-direction:row;align-items:baseline}
.lj-box>*{min-width:0}
.lj-text,.lj-image,.lj-button,.lj-icon{position:relative}
.lj-text{display:flex;flex-direction:column;max-width:100%}
.lj-text>p{overflow:hidden}
.lj-text>p:empty::before{content:"\\200b"}
.lj-nowrap{white-space:pre;text-overflow:ellipsis}
.lj-wrap{white-space:pre-wrap;overflow-wrap:break-word}
.lj-clamp{display:-webkit-box;-webkit-box-orient:vertical}
.lj-image{display:flex;flex-direction:column;align-items:center}
.lj-image-frame{position:relative;max-width:100%;overflow:hidden}
.lj-icon{display:block;flex:none;object-fit:contain}
.lj-icon.lj-missing{background-size:contain;border-radius:2px}
.lj-button{display:flex;flex-direction:column;max-width:100%}
.lj-button-face{display:flex;align-items:center;justify-content:center;min-width:0;border-radius:${BUTTON.radius}px;padding:0 ${BUTTON.paddingInline}px;font-size:${BUTTON.fontSize}px}
.lj-button-face>span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lj-separator{flex:none;position:relative;overflow:visible;align-self:stretch}
.lj-separator::before{content:"";position:absolute;border:0 solid;border-color:inherit}
.lj-separator.lj-across{height:0}
.lj-across::before{left:0;right:0;top:0;border-top-width:1px;transform:scaleY(.5);transform-origin:0 0}
.lj-separator.lj-down{width:0}
.lj-down::before{top:0;bottom:0;left:0;border-left-width:1px;transform:scaleX(.5);transform-origin:0 0}
.lj-video{position:relative}
.lj-unknown,.lj-too-deep{font-size:12px;color:#e5484d;padding:4px}
.lj-carousel{display:flex;align-items:stretch;gap:${CAROUSEL.gap}px;overflow-x:auto;scrollbar-width:none;width:100%}
.lj-carousel::-webkit-scrollbar{display:none}
.lj-carousel::before{content:"";flex:none;width:var(--lj-carousel-start,0px);margin-inline-end:-${CAROUSEL.gap}px}
.lj-carousel-end{flex:none;width:${CAROUSEL.trailing}px;margin-inline-start:-${CAROUSEL.gap}px}
.lj-carousel>.lj-bubble{flex:none;width:${CAROUSEL.itemWidthPercent}%;max-width:var(--lj-bubble-width)}
.lj-carousel>.lj-bubble.lj-no-body{align-self:flex-start}
`;

const MESSAGES = `
.lj-text-bubble{position:relative;background:var(--lj-bubble);color:var(--lj-bubble-text);border-radius:18px;padding:8px 12px;font-size:15px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;}
.lj-msg-text,.lj-msg-unknown,.lj-msg-template{max-width:${CHAT.textBubble}px}
.lj-first .lj-text-bubble::before{content:"";position:absolute;left:-5px;top:10px;border-style:solid;border-width:5px 8px 5px 0;border-color:transparent var(--lj-bubble) transparent transparent}
.lj-emoji{display:inline-block;width:1.3em;height:1.3em;vertical-align:-.3em;object-fit:contain}
.lj-emoji.lj-missing{background-size:contain;border-radius:4px}
.lj-mention{color:#1e7cf2;font-weight:600}
.lj-theme-dark .lj-mention{color:#6fb0ff}
.lj-unresolved{color:#e5484d}
.lj-unknown-message{font-style:italic;opacity:.8}
.lj-sticker{position:relative;width:${CHAT.sticker}px;height:${CHAT.sticker}px;display:flex;align-items:center;justify-content:center;border-radius:16px}
.lj-sticker-image{position:absolute;inset:0;width:100%;height:100%;object-fit:contain}
.lj-sticker-label{display:none;font-size:12px;color:var(--lj-bubble-text);text-align:center;padding:0 8px}
.lj-sticker.lj-missing{outline:2px dashed rgba(255,255,255,.75);outline-offset:-2px;background-position:center 40%}
.lj-sticker.lj-missing .lj-sticker-label{display:block;margin-top:70px}
.lj-photo{position:relative;border-radius:16px;overflow:hidden;max-width:${CHAT.imageMax}px}
.lj-photo-image{display:block;max-width:${CHAT.imageMax}px;max-height:${(CHAT.imageMax * 4) / 3}px;min-width:60px}
.lj-photo.lj-missing{width:200px;height:150px}
.lj-photo.lj-missing>img{display:none}
.lj-audio{display:flex;align-items:center;gap:10px;width:190px;background:var(--lj-bubble);color:var(--lj-bubble-text);border-radius:18px;padding:8px 14px 8px 8px;font-size:13px}
.lj-audio-play{position:relative;flex:none;width:30px;height:30px;border-radius:50%;background:#06c755}
.lj-audio-play::after{content:"";position:absolute;left:11px;top:8px;border-style:solid;border-width:7px 0 7px 11px;border-color:transparent transparent transparent #fff}
.lj-audio-track{flex:1;height:3px;border-radius:2px;background:#c7ccd4}
.lj-location{width:240px;background:var(--lj-card);color:var(--lj-card-title);border-radius:16px;overflow:hidden}
.lj-map{position:relative;height:120px;background-color:#e9eddc;background-image:linear-gradient(90deg,transparent 46%,#fff 46%,#fff 50%,transparent 50%),linear-gradient(0deg,transparent 58%,#fff 58%,#fff 62%,transparent 62%),repeating-linear-gradient(90deg,transparent 0 38px,rgba(255,255,255,.7) 38px 40px),repeating-linear-gradient(0deg,transparent 0 28px,rgba(255,255,255,.7) 28px 30px)}
.lj-pin{position:absolute;left:50%;top:50%;width:22px;height:22px;margin:-22px 0 0 -11px;border-radius:50% 50% 50% 0;background:#e5484d;transform:rotate(-45deg);box-shadow:0 1px 2px rgba(0,0,0,.3)}
.lj-pin::after{content:"";position:absolute;left:7px;top:7px;width:8px;height:8px;border-radius:50%;background:#fff}
.lj-location-text{padding:8px 12px 10px}
.lj-location-title{font-size:14px;font-weight:700;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lj-location-address{font-size:12px;color:var(--lj-card-text);overflow-wrap:anywhere}
.lj-coupon{width:240px;border-radius:12px;background:linear-gradient(135deg,#ff7a59,#ff4d6d);color:#fff;padding:16px;border:2px dashed rgba(255,255,255,.6)}
.lj-coupon-title{font-size:18px;font-weight:700}
.lj-coupon-id{font-size:12px;opacity:.9;overflow-wrap:anywhere}
.lj-imagemap{position:relative;width:${CHAT.cardWidth}px;max-width:100%;overflow:hidden;border-radius:4px}
.lj-imagemap .lj-picture{object-fit:cover}
.lj-area{position:absolute;display:block;cursor:pointer;z-index:2}
.lj-area:hover,.lj-show-areas .lj-area{outline:2px solid #06c755;outline-offset:-2px;background:rgba(6,199,85,.18)}
.lj-imagemap-video{position:absolute;overflow:hidden;background:#000;z-index:1}
.lj-imagemap-link{position:absolute;left:0;right:0;bottom:0;display:flex;align-items:center;justify-content:center;min-height:36px;padding:0 12px;background:rgba(0,0,0,.6);color:#fff;font-size:14px;font-weight:600;cursor:pointer;z-index:3}
.lj-imagemap-link>span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lj-card{width:${CHAT.cardWidth}px;max-width:100%;background:var(--lj-card);color:var(--lj-card-title);border-radius:17px;overflow:hidden;display:flex;flex-direction:column}
.lj-card-main{flex:1 0 auto}
.lj-card-image{position:relative;overflow:hidden}
.lj-card-body{padding:14px 16px 12px;overflow-wrap:anywhere}
.lj-card-title{font-size:15px;font-weight:700;line-height:1.35;margin-bottom:4px}
.lj-card-text{font-size:13px;line-height:1.45;color:var(--lj-card-text)}
.lj-card-text-only{font-size:15px;color:var(--lj-card-title)}
.lj-card-actions{display:flex;flex-direction:column}
.lj-card-action{display:flex;align-items:center;justify-content:center;min-height:44px;padding:0 12px;border-top:1px solid var(--lj-card-line);color:var(--lj-card-action);font-size:15px;cursor:pointer;min-width:0}
.lj-card-action>span{white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
.lj-confirm-text{text-align:center;padding:18px 16px;font-size:15px;color:var(--lj-card-title)}
.lj-confirm-actions{flex-direction:row}
.lj-confirm-actions>.lj-card-action{flex:1 1 0}
.lj-confirm-actions>.lj-card-action+.lj-card-action{border-left:1px solid var(--lj-card-line)}
.lj-template-carousel>.lj-card{flex:none;width:${CAROUSEL.itemWidthPercent}%;max-width:${CHAT.templateColumn}px}
.lj-image-carousel>.lj-image-column{flex:none;position:relative;width:${CHAT.imageColumn}px;height:${CHAT.imageColumn}px;border-radius:12px;overflow:hidden;background:var(--lj-placeholder);cursor:pointer}
.lj-image-column-label{position:absolute;left:50%;bottom:12px;transform:translateX(-50%);max-width:80%;padding:4px 14px;border-radius:14px;background:rgba(0,0,0,.55);color:#fff;font-size:13px;white-space:nowrap;overflow:hidden;text-overflow:ellipsis}
`;

// The phone: header, messages with avatar, name and time, quick reply chips, input bar.
const CHAT_CSS = `
.lj-phone{display:flex;flex-direction:column;background:var(--lj-bg);border-radius:28px;overflow:hidden;box-shadow:0 0 0 1px rgba(0,0,0,.12),0 8px 28px rgba(0,0,0,.18)}
.lj-chat-header{display:flex;align-items:center;gap:10px;height:52px;padding:0 14px;background:var(--lj-bar);color:var(--lj-bar-text);font-size:17px;font-weight:700;flex:none}
.lj-chat-header svg,.lj-input-bar svg{flex:none;width:22px;height:22px;fill:none;stroke:var(--lj-bar-icon);stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}
.lj-chat-title{flex:1;min-width:0;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lj-chat{flex:1 0 auto;min-height:360px;padding:10px 0 16px;display:flex;flex-direction:column}
.lj-date{align-self:center;margin:2px 0 4px;padding:2px 10px;border-radius:10px;background:rgba(0,0,0,.16);color:#fff;font-size:11px}
.lj-row{display:flex;align-items:flex-start;padding-left:${CHAT.inset}px;margin-top:8px}
.lj-row.lj-first{margin-top:16px}
.lj-row.lj-user{justify-content:flex-end;padding-left:0;padding-right:${CHAT.inset}px}
.lj-user-bubble{background:var(--lj-user-bubble);color:var(--lj-user-text);border-radius:18px;padding:8px 12px;font-size:15px;line-height:1.45;white-space:pre-wrap;overflow-wrap:anywhere;max-width:${CHAT.textBubble}px;min-width:0}
.lj-avatar{flex:none;width:${CHAT.avatar}px;height:${CHAT.avatar}px;margin-right:${CHAT.avatarGap}px;border-radius:50%;overflow:hidden;background:#06c755;color:#fff;display:flex;align-items:center;justify-content:center;font-size:15px;font-weight:700;position:relative}
.lj-avatar>img{position:absolute;inset:0;width:100%;height:100%;object-fit:cover}
.lj-avatar-space{flex:none;width:${CHAT.avatar + CHAT.avatarGap}px}
.lj-col{flex:1 1 auto;min-width:0;display:flex;flex-direction:column;align-items:flex-start}
.lj-name{max-width:100%;margin:0 0 4px 2px;font-size:12px;line-height:1.3;color:var(--lj-name);overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lj-line{display:flex;align-items:flex-end;gap:4px;max-width:100%}
.lj-line>.lj-msg{flex:0 1 auto;min-width:0}
.lj-wide .lj-line>.lj-msg{width:100%}
.lj-wide .lj-line{width:calc(100% + ${MESSAGE_START}px);max-width:none;margin-inline-start:-${MESSAGE_START}px;--lj-carousel-start:${MESSAGE_START}px}
.lj-time{flex:none;margin-bottom:1px;font-size:10px;line-height:1.2;color:var(--lj-time);white-space:nowrap}
.lj-quick-reply{display:flex;gap:8px;overflow-x:auto;scrollbar-width:none;padding:8px 10px;flex:none}
.lj-quick-reply::-webkit-scrollbar{display:none}
.lj-chip{flex:none;display:flex;align-items:center;gap:6px;height:34px;padding:0 14px;border-radius:17px;background:var(--lj-chip);color:var(--lj-chip-text);font-size:14px;white-space:nowrap;box-shadow:0 0 0 1px rgba(0,0,0,.08);cursor:pointer}
.lj-chip>img,.lj-chip>svg{flex:none;width:20px;height:20px;border-radius:4px;object-fit:cover}
.lj-chip>svg{fill:none;stroke:currentColor;stroke-width:1.8;stroke-linecap:round;stroke-linejoin:round}
.lj-input-bar{display:flex;align-items:center;gap:12px;height:52px;padding:0 12px;background:var(--lj-bar);flex:none}
.lj-field{flex:1;height:34px;border-radius:17px;background:var(--lj-field);color:var(--lj-bar-icon);font-size:14px;display:flex;align-items:center;padding:0 14px}
.lj-issues{margin:6px 10px 0 0;padding:8px 10px 8px 24px;max-width:100%;background:#fff1f1;border:1px solid #f3b4b4;border-radius:10px;color:#8a1c1c;font-size:12px;line-height:1.45;list-style:disc}
.lj-issues li+li{margin-top:4px}
.lj-issue-path{font-family:ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;font-size:11px;background:rgba(229,72,77,.1);padding:0 3px;border-radius:3px;overflow-wrap:anywhere}
.lj-issue-component{display:block;color:#6b2b2b;opacity:.85;font-size:11px}
.lj-chat>.lj-issues{margin:8px 10px 0}
`;

// Rich menus (RENDERING.md §11): the chat bar in place of the input bar, the image across the phone.
const RICH_MENU = `
.lj-rich-menus{flex:none;background:var(--lj-bar)}
.lj-rm-menu[hidden]{display:none}
.lj-chat-bar{display:flex;align-items:center;height:${CHAT.chatBar}px;padding:0 12px;background:var(--lj-bar);color:var(--lj-bar-text);border-top:1px solid var(--lj-card-line)}
.lj-chat-bar>svg{flex:none;width:24px;height:24px;fill:none;stroke:var(--lj-bar-icon);stroke-width:1.6;stroke-linecap:round;stroke-linejoin:round}
.lj-chat-bar-toggle{flex:1;min-width:0;display:flex;align-items:center;justify-content:center;gap:6px;height:100%;border:0;background:none;color:inherit;font:600 14px/1 ${TEXT.fontFamily};cursor:pointer}
.lj-chat-bar-text{overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lj-chat-bar-arrow{flex:none;border-style:solid;border-width:5px 5px 0;border-color:currentColor transparent transparent;transition:transform .15s}
.lj-rm-closed .lj-chat-bar-arrow{transform:rotate(180deg)}
.lj-rm-closed .lj-rm-frame,.lj-rm-closed .lj-rm-menu>.lj-issues{display:none}
.lj-rm-frame{position:relative;overflow:hidden}
.lj-rm-frame>.lj-picture{object-fit:fill}
.lj-rm-frame.lj-missing{background-image:none;background-color:var(--lj-placeholder)}
.lj-rm-area{position:absolute;display:flex;cursor:pointer;z-index:2;outline:1px dashed rgba(6,199,85,.55);outline-offset:-1px}
.lj-rm-area:hover{outline:2px solid #06c755;outline-offset:-2px;background:rgba(6,199,85,.18)}
.lj-rm-label{display:none;flex-direction:column;align-items:center;justify-content:center;gap:2px;width:100%;padding:4px;text-align:center;color:var(--lj-bubble-text);font-size:12px;line-height:1.25;overflow:hidden}
.lj-rm-label>b,.lj-rm-label>small{max-width:100%;overflow:hidden;text-overflow:ellipsis;white-space:nowrap}
.lj-rm-label>small{font-size:10px;opacity:.7}
.lj-missing>.lj-rm-area{outline-style:solid;outline-color:rgba(0,0,0,.18)}
.lj-missing>.lj-rm-area>.lj-rm-label{display:flex}
.lj-rich-menus .lj-issues{margin:6px 10px}
`;

const WORKBENCH = `
.lj-workbench{display:flex;flex-wrap:wrap;gap:24px;align-items:flex-start}
.lj-workbench>.lj-root{flex:none}
.lj-panel{flex:1 1 360px;min-width:280px;max-width:760px;display:flex;flex-direction:column;gap:12px;font:14px/1.45 system-ui,-apple-system,Segoe UI,Roboto,sans-serif;color:#1f2328}
.lj-status{padding:10px 12px;border-radius:8px;font-weight:600}
.lj-status-valid{background:#e9f8ef;color:#0b6b35}
.lj-status-invalid{background:#fff1f1;color:#8a1c1c}
.lj-panel .lj-issues{margin:0}
.lj-json{position:relative}
.lj-json>pre{margin:0;max-height:640px;overflow:auto;padding:12px;border-radius:8px;background:#0f172a;color:#e2e8f0;font:12px/1.5 ui-monospace,SFMono-Regular,Menlo,Consolas,monospace;white-space:pre}
.lj-copy{position:absolute;top:8px;right:8px;padding:4px 10px;border:0;border-radius:6px;background:#06c755;color:#fff;font:600 12px system-ui,sans-serif;cursor:pointer}
.lj-page{margin:0;padding:24px;background:#f6f7f9}
`;

/**
 * The CSS every preview needs, as one string: put it in a `<style>` once per page.
 *
 * @example
 * document.head.insertAdjacentHTML('beforeend', `<style>${previewStyles()}</style>`);
 */
export function previewStyles(): string {
  return THEMES + BASE + FLEX + MESSAGES + CHAT_CSS + RICH_MENU + WORKBENCH;
}
