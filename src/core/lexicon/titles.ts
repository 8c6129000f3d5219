/**
 * Honorifics, titles and role nouns, lower case. A title before a name becomes the person's
 * role ("Russian Prime Minister Mikhail Mishustin"); an honorific before a surname makes an
 * alias ("Mr Xi") and may give the gender.
 */
import type { Gender } from '../types';

const words = (s: string): string[] => s.trim().split(/\s+/);

/** Honorific -> gender it implies (null: none). Keys lower case, with and without the period. */
export const HONORIFICS = new Map<string, Gender | null>();
for (const w of words('mr mister sir lord')) HONORIFICS.set(w, 'male');
for (const w of words('mrs ms miss madam madame dame lady mme mlle')) HONORIFICS.set(w, 'female');
for (const w of words('dr prof')) HONORIFICS.set(w, null);
for (const [k, v] of [...HONORIFICS]) HONORIFICS.set(k + '.', v);

/**
 * Role head nouns: the last word of a title ("Prime Minister", "spokesman", "Secretary-General").
 * Capitalised or not, they are never a person's name themselves.
 */
export const TITLE_HEADS = new Set(words(`
president vice-president premier minister chancellor secretary secretary-general under-secretary king queen prince princess emperor
empress pope pres pres. rev rev. sultan emir sheikh ayatollah imam rabbi cardinal archbishop bishop reverend pastor father
senator sen. representative rep. congressman congresswoman congressmember governor gov. mayor lawmaker legislator councillor
councilman councilwoman alderman speaker leader chief head director director-general chairman chairwoman chair chairperson
mp mep msp ceo cfo coo founder co-founder executive officer official spokesman spokeswoman spokesperson envoy ambassador diplomat consul
adviser advisor aide commissioner commander general gen. admiral colonel col. major lieutenant lt. captain capt. sergeant sgt.
marshal inspector detective agent prosecutor attorney attorney-general lawyer judge justice magistrate sheriff
candidate nominee contender challenger incumbent rival opponent ally
professor prof. economist analyst strategist researcher scientist historian expert author
editor correspondent reporter columnist journalist anchor librarian curator archivist headteacher headmaster headmistress
coach manager boss captain striker midfielder defender goalkeeper keeper forward winger batsman bowler all-rounder spinner off-spinner
wicketkeeper opener pitcher quarterback player champion winner runner-up skipper jockey driver rider
actor actress singer star president-elect premier-elect dictator tycoon billionaire businessman businesswoman magnate
deputy
`));

/** Words that may precede a title head inside a role ("foreign", "prime", "deputy", "national"). */
export const ROLE_MODIFIERS = new Set(words(`
foreign central prime vice deputy former acting interim senior chief junior assistant associate executive national security state
interior home defence defense finance financial trade economy economic energy health education justice labour labor
environment environmental agriculture transport transportation culture treasury commerce industry information press
communications communication general principal managing supreme high top lead head outgoing incoming current then
late new elected newly re-elected de facto presidential parliamentary party opposition military regional local federal
international public private special permanent white house political campaign fellow first second longtime long-time
british-born veteran retired ex- ex former-
county test one-day fast medium-pace left-arm right-arm pace leg-spinner
`));

/** Lower-case words of a role that are not heads but may sit inside one: "chief executive of Acme". */
export const ROLE_LINKS = new Set(['of', 'for', 'and', 'to', 'at', 'on', '&']);
