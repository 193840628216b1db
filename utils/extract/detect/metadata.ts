/**
 * Detect, metadata signals: JSON-LD, microdata, Open Graph and shop markers. Each is a hint
 * with a weight: listing pages on real sites declare og:type=article or a NewsArticle too
 * (Japanese portals' section fronts, WordPress themes that stamp every page), so none decides
 * alone. Reads getElementsByTagName collections and the shape walk's facts, never
 * querySelectorAll: under jsdom each querySelectorAll is a full-document match costing
 * milliseconds. Written compactly: this ships in the per-page content script.
 */

import type { LiveDom } from '../live-dom';

/** Adds a named signal with its weight (score units) to the verdict. */
export type AddSignal = (name: string, weight: number) => void;

/** schema.org types of one article: Article and the subtypes news sites and blogs use. */
const ARTICLE_TYPE = /^((Reportage|Analysis|Opinion|Review|Background)?NewsArticle|(Tech|Scholarly)?Article|(Live)?BlogPosting|SocialMediaPosting|Report)$/;
/** Types of listing pages (CollectionPage/ItemList: section and tag pages). */
const LISTING_TYPE = /^(CollectionPage|ItemList|SearchResultsPage|ProfilePage)$/;
/** Types of shop pages. */
const PRODUCT_TYPE = /^(Product|ProductGroup|IndividualProduct|ProductModel|Offer|AggregateOffer)$/;
/** Pages that are no article whatever their prose: questions and answers (Stack Exchange's
 * QAPage/Question/Answer), forum threads (XenForo and Discourse emit DiscussionForumPosting), code
 * repositories (SoftwareSourceCode). A Book (or any type) that carries `offers` is for sale. */
const NON_ARTICLE_TYPE = /^(QAPage|Question|Answer|DiscussionForumPosting|SoftwareSourceCode)$/;
/** JSON-LD properties that say what the page is: @graph members, mainEntity, the items of an
 * ItemList, a Blog's posts. Nested values (a Review's itemReviewed Product, an author) are not. */
const LD_KEYS = ['@graph', 'mainEntity', 'itemListElement', 'item', 'blogPost', 'hasPart'];

const JSONLD_ARTICLE = 1;
const HEADLINE_MATCHES = 0.3;
const MANY_ARTICLES = -0.9; // three or more article nodes: a listing of articles
const JSONLD_LISTING = -1;
const NON_ARTICLE = -1.5;
const MICRODATA_NON_ARTICLE = -1.2;
const OG_OBJECT = -0.6; // GitHub marks repositories og:type=object
const PRODUCT = -2;
const MICRODATA_ARTICLE = 0.6;
const OG_ARTICLE = 0.5;
const OG_WEBSITE = -0.2; // weak: KBS World and others mark articles "website"
const PUBLISHED_TIME = 0.2;
const ADD_TO_CART = -0.8;
const PRICE = -0.4;

/** Bounds: JSON-LD blocks read, characters per block, nodes visited. */
const MAX_LD_SCRIPTS = 12;
const MAX_LD_CHARS = 200_000;
const MAX_LD_NODES = 400;
/** Parents climbed from a microdata item (Chromium's parser nests at most 512 deep). */
const MAX_CLIMB = 600;

/** "Add to cart"/"buy now" labels. Seen on Amazon/Shopify (en), Amazon.co.jp, Rakuten and online
 * bookstores (ja: 買い物カゴに入れる),
 * Taobao/JD (zh), Coupang (ko), Otto (de), El Corte Inglés (es), Fnac (fr). */
const CART_LABEL =
  /add to (cart|bag|basket)|buy now|カートに入れる|(買い物)?(かご|カゴ)に入れる|今すぐ買う|加入购物车|立即购买|加入購物車|장바구니|바로구매|in den (warenkorb|einkaufswagen)|añadir al carrito|ajouter au panier|do koszyka/i;

/** What the shape walk collected on the way (see detect-shape.ts). */
export interface WalkFacts {
  itemtypes: Element[];
  scripts: Element[];
  metas: Element[];
  controls: Element[];
  price: boolean;
}

interface Ld {
  articles: number;
  type: string;
  listing: string;
  /** a type that is never an article (NON_ARTICLE_TYPE) */
  other: string;
  product: boolean;
  headlines: string[];
}

/** Case- and space-insensitive form for comparing headlines with titles. */
export const compareKey = (s: string): string => s.normalize('NFKC').replace(/\s+/g, '').toLowerCase();

export function metadataSignals(dom: LiveDom, title: string, facts: WalkFacts, h1: string, add: AddSignal): void {
  const ld = readJsonLd(dom, facts.scripts);
  if (ld.product) add('jsonld:Product', PRODUCT);
  if (ld.listing) add('jsonld:' + ld.listing, JSONLD_LISTING);
  if (ld.other) add('jsonld:' + ld.other, NON_ARTICLE);
  if (ld.articles > 2) add(`jsonld:many-articles(${ld.articles})`, MANY_ARTICLES);
  else if (ld.type) {
    add('jsonld:' + ld.type, JSONLD_ARTICLE);
    // A listing that declares a NewsArticle rarely names the page's own headline.
    if (ld.headlines.some((h) => (h = compareKey(h).slice(0, 40)).length > 5 && (title.includes(h) || (h1.length > 5 && (h1.includes(h) || h.includes(h1)))))) {
      add('jsonld:headline-matches', HEADLINE_MATCHES);
    }
  }

  let microArticles = 0;
  let microProduct = false;
  let microOther = '';
  for (const el of facts.itemtypes) {
    const type = (dom.getAttribute(el, 'itemtype') || '').replace(/^.*\//, '');
    if (ARTICLE_TYPE.test(type)) microArticles++;
    else if (NON_ARTICLE_TYPE.test(type)) microOther ||= type;
    // A Product inside an article (a review's subject) is not a shop page.
    else if (PRODUCT_TYPE.test(type) && !inArticle(dom, el)) microProduct = true;
  }
  if (microProduct && !ld.product) add('microdata:Product', PRODUCT);
  if (microOther && !ld.other && !microArticles) add('microdata:' + microOther, MICRODATA_NON_ARTICLE);
  if (microArticles > 2) {
    if (ld.articles < 3) add(`microdata:many-articles(${microArticles})`, MANY_ARTICLES);
  } else if (microArticles && !ld.type) add('microdata:article', MICRODATA_ARTICLE);

  const metas = readMetas(dom, facts.metas);
  const og = (metas.get('og:type') || '').trim().toLowerCase();
  if (/^(article|news)/.test(og)) add('og:type=' + og, OG_ARTICLE);
  else if (og === 'website') add('og:type=website', OG_WEBSITE);
  else if (og === 'object') add('og:type=object', OG_OBJECT);
  else if (/product/.test(og) && !ld.product && !microProduct) add('og:type=' + og, PRODUCT);
  if (metas.has('article:published_time')) add('meta:published_time', PUBLISHED_TIME);
  if (hasCartButton(dom, facts.controls)) add('shop:add-to-cart', ADD_TO_CART);
  if (facts.price || metas.has('product:price:amount') || metas.has('og:price:amount')) add('shop:price', PRICE);
}

/** An ancestor (not `el`) is an article or an Article/Posting item; at most MAX_CLIMB parents. */
function inArticle(dom: LiveDom, el: Element): boolean {
  let n = dom.parent(el);
  for (let i = 0; n && dom.nodeType(n) === 1 && i < MAX_CLIMB; i++, n = dom.parent(n)) {
    const e = n as Element;
    if (dom.tagName(e) === 'ARTICLE' || /Article|Posting/.test(dom.getAttribute(e, 'itemtype') || '')) return true;
  }
  return false;
}

/** The <meta> values by property or name; first one wins. */
function readMetas(dom: LiveDom, metas: Element[]): Map<string, string> {
  const out = new Map<string, string>();
  const get = dom.getAttribute;
  for (const m of metas) {
    const key = (get(m, 'property') || get(m, 'name') || '').toLowerCase();
    // `value=` for `content=` is a real-world slip (ZDNet Japan's og:type) that costs nothing to accept.
    const content = get(m, 'content') || get(m, 'value');
    if (content && !out.has(key)) out.set(key, content);
  }
  return out;
}

function readJsonLd(dom: LiveDom, scripts: Element[]): Ld {
  const ld: Ld = { articles: 0, type: '', listing: '', other: '', product: false, headlines: [] };
  const budget = { left: MAX_LD_NODES };
  for (let i = 0; i < scripts.length && i < MAX_LD_SCRIPTS; i++) {
    const text = dom.textContent(scripts[i]);
    if (text.length > MAX_LD_CHARS) continue;
    try {
      visit(JSON.parse(text), ld, budget, 0);
    } catch {
      // malformed JSON-LD is common (trailing commas, raw newlines, HTML comments): ignore the block
    }
  }
  return ld;
}

function visit(node: unknown, ld: Ld, budget: { left: number }, depth: number): void {
  if (depth > 5 || budget.left-- < 1 || !node || typeof node !== 'object') return;
  if (Array.isArray(node)) {
    for (const n of node) visit(n, ld, budget, depth + 1);
    return;
  }
  const o = node as Record<string, unknown>;
  const types = ([] as unknown[]).concat(o['@type']).map((t) => String(t).replace(/^.*[/:]/, ''));
  const article = types.find((t) => ARTICLE_TYPE.test(t));
  if (article) {
    ld.articles++;
    ld.type ||= article;
    if (typeof o.headline === 'string') ld.headlines.push(o.headline);
  }
  if (types.some((t) => PRODUCT_TYPE.test(t)) || (!article && o.offers && typeof o.offers === 'object')) ld.product = true;
  ld.other ||= types.find((t) => NON_ARTICLE_TYPE.test(t)) || '';
  ld.listing ||= types.find((t) => LISTING_TYPE.test(t)) || '';
  for (const key of LD_KEYS) visit(o[key], ld, budget, depth + 1);
}

/** An add-to-cart control: a form posting to a cart, or a button labelled like one. */
function hasCartButton(dom: LiveDom, controls: Element[]): boolean {
  return controls.some((el) => {
    const tag = dom.tagName(el);
    return tag === 'FORM'
      ? /cart|basket|warenkorb/i.test(dom.getAttribute(el, 'action') || '')
      : CART_LABEL.test((tag === 'INPUT' ? dom.getAttribute(el, 'value') || '' : dom.textContent(el)).slice(0, 80));
  });
}
