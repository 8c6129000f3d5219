/**
 * Capitalised words that are never a person's name by themselves, and the cue words that make
 * a capitalised sequence an organisation or a place. All lower case.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

/** Days, months and seasons: capitalised, never people. */
export const CALENDAR = new Set(words(`
monday tuesday wednesday thursday friday saturday sunday mon tue tues wed thu thur thurs fri sat sun
january february march april may june july august september october november december jan jan. feb feb. mar mar.
apr apr. jun jun. jul jul. aug aug. sep sep. sept sept. oct oct. nov nov. dec dec.
christmas easter ramadan eid hanukkah thanksgiving today tomorrow yesterday
`));

/**
 * Function words and common sentence starters: a capitalised form of these is a sentence start
 * or a headline word, not a name.
 */
export const FUNCTION_WORDS = new Set(words(`
a an the this that these those there here it its it's he she his her hers him they them their theirs we our you your i me my
mine who whom whose which what when where why how whether if unless until while whilst because since although though as
and but or nor so yet for of in on at by to from with without within into onto upon about above below under over after before
during through throughout against among amongst between beyond despite except like near off out past per than via toward towards
not no nor yes all any both each every either neither few many more most much other others some such only own same also just
very too even still already again ever never always often sometimes soon now then once later earlier meanwhile however moreover
furthermore nevertheless nonetheless therefore thus hence instead otherwise indeed perhaps maybe certainly clearly
is are was were be been being am has have had having do does did done can could will would shall should may might must
said says say told tells asked added according
first second third last next former latter
one two three four five six seven eight nine ten dozens hundreds thousands millions billions
mr mrs ms dr sir
breaking update updated exclusive analysis opinion editorial comment photo video watch read live latest
`));

/**
 * Head words of organisation names: a capitalised sequence containing one is an organisation
 * ("China's Foreign Ministry", "the Xinhua News Agency", "The New York Post").
 */
export const ORG_HEADS = new Set(words(`
ministry ministries department agency agencies council committee commission authority authorities office bureau service
services administration government parliament congress senate assembly duma cabinet court tribunal police army navy
force forces guard corps command party union league federation association organisation organization institute
institution foundation fund bank reserve exchange university college school academy hospital church mosque
company corporation corp corp. inc inc. ltd ltd. llc plc co co. group holdings partners airlines lines airways motors
systems technologies industries international news agency post times journal herald tribune telegraph guardian gazette
observer standard independent express mail mirror sun star chronicle daily weekly press radio television tv network
broadcasting channel media magazine review reuters xinhua tass interfax bloomberg afp ap bbc cnn nbc cbs abc fox msnbc
npr pbs committee club fc united city rovers wanderers athletic athletico sporting
nations alliance coalition front movement campaign caucus board trust society centre center lab labs laboratory library
spa sa ag ab nv bv gmbh asa oyj kk ag. s.a. n.v. bros bros. cos holding securities capital investments investment financial
insurance telecom telecommunications communications entertainment records studios pictures resources mining petroleum oil
gas energy electric power steel chemicals chemical pharmaceuticals pharmaceutical motor automotive foods brewery breweries
realty properties trading shipping logistics software electronics semiconductor enterprises ventures associates
rangers rovers wanderers albion athletic hotspur orient thistle vale giants yankees dodgers padres sox reds cubs
`));

/**
 * Common nouns for a kind of organisation that stand right before its name in news ("the ferry
 * operator Nordlink", "the pension fund Fjordkapital", "the carmaker Veltra"): the name is an
 * organisation's, and "the operator", "the fund" later is that organisation. Businesses among them
 * (BUSINESS_DESCRIPTORS) are "the company" too.
 */
export const BUSINESS_DESCRIPTORS = new Set(['company', 'firm', 'group', 'bank', 'operator', 'airline', 'lender', 'insurer', 'retailer', 'broadcaster', 'publisher', 'startup', 'start-up', 'chain', 'manufacturer', 'maker', 'carmaker', 'automaker', 'chipmaker', 'drugmaker', 'planemaker', 'toymaker', 'steelmaker', 'shipbuilder', 'brewer', 'miner', 'conglomerate', 'supermarket', 'streamer', 'utility', 'consultancy', 'exporter', 'importer', 'supplier', 'distributor', 'contractor']);
export const ORG_DESCRIPTORS = new Set([...BUSINESS_DESCRIPTORS, 'fund', 'union', 'party', 'charity', 'regulator', 'watchdog', 'agency', 'foundation', 'institute', 'association', 'newspaper', 'broadsheet', 'tabloid', 'magazine', 'network', 'club', 'team', 'think-tank', 'thinktank', 'platform']);

/** Legal forms that end a company's name ("Ltd.", "Inc", "GmbH"), lower case as tokens are. */
export const LEGAL_FORMS = new Set(['ltd', 'ltd.', 'limited', 'inc', 'inc.', 'corp', 'corp.', 'llc', 'plc', 'co', 'co.', 'gmbh', 'ag', 'sa', 's.a.', 'nv', 'n.v.', 'bv', 'ab', 'asa', 'oyj', 'spa', 'pty']);

/**
 * Words for a line of business that end a company's name ("Norvane Semiconductor", "Veltra
 * Motors"): the words before one are the name the article goes on with ("Norvane"), and such a
 * company, like one with a legal form, is "the company" later.
 */
export const BUSINESS_LINES = new Set(['corporation', 'semiconductor', 'semiconductors', 'motor', 'motors', 'industries', 'airlines', 'airways', 'holdings', 'technologies', 'systems', 'pharmaceuticals', 'electronics', 'software', 'foods', 'mining', 'petroleum', 'steel', 'chemicals', 'telecom', 'entertainment', 'studios', 'securities', 'logistics', 'shipping', 'enterprises', 'ventures', 'labs', 'energy', 'insurance']);

/**
 * Head words of events, laws, works and markets: a capitalised sequence ending in one is not a
 * person ("World Cup", "Greater Milwaukee Open", "Trades Disputes Act").
 */
export const EVENT_HEADS = new Set(words(`
cup series tour open championship championships prix slam final finals games olympics olympiad classic trophy bowl
league war act bill law protocol treaty accord agreement pact summit conference convention forum index summary desk newsdesk
record award awards prize festival day week year month motel hotel prison jail wall rights observatory time stock stocks
bonds bond market markets zeitung report survey poll plan programme program initiative project fund rally derby marathon
stakes handicap race grand
`));

/** Head words that make a sequence a place, not a person ("Grace Road", "Red Square"). */
export const PLACE_HEADS = new Set(words(`
road street st. avenue ave boulevard square lane park stadium arena palace castle cathedral bridge tower river lake sea
ocean bay gulf island islands mountain mountains mount mt. valley hill hills desert coast peninsula strait canal
airport station port harbour harbor province region county state territory district city town village oblast krai
republic kingdom emirates
hall plaza gardens centre beach cemetery heights creek canyon
`));

/**
 * Words that follow a person's name when the name is the subject of a speech act
 * ("Kirby said", "said Kirby"): evidence that an unknown capitalised word is a person.
 */
export const SPEECH_VERBS = new Set(words(`
said says say told tells added adds stated states noted notes warned warns argued argues claimed claims insisted insists
explained explains wrote writes replied replies asked asks announced announces declared declares acknowledged acknowledges
admitted admits denied denies urged urges called calls recalled recalls tweeted tweets posted posts testified testifies
suggested suggests conceded concedes stressed stresses emphasized emphasised continued continues concluded
`));
