/**
 * Places and nationality adjectives, lower case. A capitalised sequence made of these is a
 * place, never a person ("Moscow", "New York", "South Africa"); a nationality adjective
 * before a title belongs to the role ("Chinese President").
 */
const words = (s: string): string[] => s.trim().split(/\s+/);
const phrases = (s: string): string[] => s.trim().split(/\s*\|\s*/);

/** Single-word places: countries, capitals, big cities, US states, regions. */
export const PLACES = new Set(words(`
afghanistan albania algeria andorra angola argentina armenia australia austria azerbaijan bahamas bahrain bangladesh barbados
belarus belgium belize benin bhutan bolivia bosnia botswana brazil brunei bulgaria burundi cambodia cameroon canada chad chile
china colombia comoros congo croatia cuba cyprus czechia czechoslovakia denmark djibouti dominica ecuador egypt eritrea estonia
eswatini ethiopia fiji finland france gabon gambia georgia germany ghana greece grenada guatemala guinea guyana haiti honduras
hungary iceland india indonesia iran iraq ireland israel italy jamaica japan jordan kazakhstan kenya kiribati kosovo kuwait
kyrgyzstan laos latvia lebanon lesotho liberia libya liechtenstein lithuania luxembourg madagascar malawi malaysia maldives mali
malta mauritania mauritius mexico micronesia moldova monaco mongolia montenegro morocco mozambique myanmar burma namibia nauru
nepal netherlands holland nicaragua niger nigeria norway oman pakistan palau palestine panama paraguay peru philippines poland
portugal qatar romania russia rwanda samoa senegal serbia seychelles singapore slovakia slovenia somalia spain sudan suriname
sweden switzerland syria taiwan tajikistan tanzania thailand togo tonga tunisia turkey turkmenistan tuvalu uganda ukraine
uruguay uzbekistan vanuatu vatican venezuela vietnam yemen yugoslavia zambia zimbabwe zaire tibet chechnya crimea gaza
korea kashmir kurdistan scotland wales england britain ulster greenland
us u.s. usa u.s.a. uk u.k. eu e.u. un u.n. uae
moscow beijing kyiv kiev washington london paris berlin rome madrid lisbon vienna brussels amsterdam athens warsaw prague budapest
bucharest sofia belgrade zagreb ljubljana sarajevo skopje tirana minsk vilnius riga tallinn helsinki stockholm oslo copenhagen
dublin edinburgh cardiff belfast reykjavik bern geneva zurich ankara istanbul tehran baghdad damascus beirut amman jerusalem
riyadh doha dubai cairo tripoli tunis algiers rabat nairobi lagos abuja accra dakar kinshasa addis johannesburg pretoria
harare lusaka luanda kabul islamabad karachi lahore delhi mumbai bombay calcutta kolkata dhaka colombo kathmandu bangkok hanoi
saigon manila jakarta seoul pyongyang tokyo osaka taipei shanghai hong kong shenzhen guangzhou wuhan canberra sydney melbourne
brisbane perth auckland wellington ottawa toronto montreal vancouver havana caracas bogota lima quito santiago brasilia rio
buenos sao montevideo asuncion panama tashkent almaty astana baku yerevan tbilisi chisinau kharkiv odesa odessa donetsk luhansk
mariupol bakhmut kursk novosibirsk petersburg leningrad stalingrad volgograd minsk gdansk krakow munich hamburg frankfurt cologne
milan naples turin venice florence barcelona seville valencia marseille lyon nice manchester liverpool birmingham leeds glasgow
chicago boston houston dallas philadelphia atlanta miami seattle denver detroit phoenix baltimore cleveland pittsburgh brooklyn
manhattan hollywood
alabama alaska arizona arkansas california colorado connecticut delaware florida hawaii idaho illinois indiana iowa kansas
kentucky louisiana maine maryland massachusetts michigan minnesota mississippi missouri montana nebraska nevada ohio oklahoma
oregon pennsylvania tennessee texas utah vermont virginia wisconsin wyoming
europe asia africa america americas australasia oceania antarctica arctic eurasia balkans caucasus scandinavia siberia
mideast midwest
kremlin pentagon whitehall downing westminster capitol
`));

/** Multi-word places, matched on the whole capitalised sequence. */
export const PLACE_PHRASES = new Set(phrases(`
new york | new jersey | new mexico | new hampshire | new zealand | new delhi | north carolina | south carolina | north dakota |
south dakota | west virginia | rhode island | south africa | north korea | south korea | saudi arabia | united states |
united kingdom | united arab emirates | sri lanka | costa rica | el salvador | puerto rico | czech republic | ivory coast |
hong kong | los angeles | san francisco | san diego | las vegas | new orleans | st. petersburg | st petersburg | buenos aires |
rio de janeiro | sao paulo | mexico city | tel aviv | abu dhabi | addis ababa | kuala lumpur | cape town | middle east |
far east | latin america | south america | north america | central america | east asia | southeast asia | south asia |
central asia | west bank | gaza strip | white house | red square | wall street | silicon valley | capitol hill |
great britain | northern ireland | soviet union | east germany | west germany | persian gulf | black sea | baltic sea |
red sea | south china sea | east china sea | asia pacific | asia-pacific | west africa | east africa | north africa
`));

/** Nationality and origin adjectives (also demonyms used as nouns). */
export const NATIONALITIES = new Set(words(`
afghan albanian algerian american andorran angolan argentine argentinian armenian australian austrian azerbaijani azeri
bahraini bangladeshi belarusian belgian bolivian bosnian brazilian british briton bulgarian burmese cambodian cameroonian
canadian chilean chinese colombian congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english
eritrean estonian ethiopian european filipino finnish french georgian german ghanaian greek guatemalan haitian honduran
hungarian icelandic indian indonesian iranian iraqi irish israeli italian jamaican japanese jordanian kazakh kenyan korean
kosovar kuwaiti kyrgyz lao latvian lebanese liberian libyan lithuanian luxembourgish macedonian malagasy malawian malaysian
maltese mauritanian mexican moldovan mongolian montenegrin moroccan mozambican namibian nepalese nicaraguan nigerian nigerien
norwegian omani pakistani palestinian panamanian paraguayan persian peruvian polish portuguese qatari romanian russian
rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali spanish sudanese swedish swiss syrian taiwanese
tajik tanzanian thai tibetan tunisian turkish turkmen ugandan ukrainian uruguayan uzbek venezuelan vietnamese welsh yemeni
zambian zimbabwean soviet arab african asian latin western eastern northern southern sunni shia shiite kurdish chechen
west indian moslem muslim christian jewish hindu buddhist catholic protestant kurd arab
us u.s. uk u.k. eu e.u. un u.n. nato federal republican democratic democrat gop
`));

/** Nationality adjective -> the country's name, lower case: "the French president" = "France's president". */
export const COUNTRY_OF = new Map<string, string>(
  `american:america british:britain chinese:china french:france german:germany russian:russia ukrainian:ukraine
   japanese:japan indian:india israeli:israel iranian:iran iraqi:iraq syrian:syria turkish:turkey italian:italy
   spanish:spain polish:poland canadian:canada mexican:mexico brazilian:brazil egyptian:egypt saudi:saudi
   korean:korea pakistani:pakistan afghan:afghanistan australian:australia dutch:netherlands swedish:sweden
   norwegian:norway finnish:finland danish:denmark greek:greece hungarian:hungary austrian:austria swiss:switzerland
   belgian:belgium irish:ireland kenyan:kenya nigerian:nigeria venezuelan:venezuela cuban:cuba palestinian:palestine
   lebanese:lebanon jordanian:jordan libyan:libya georgian:georgia belarusian:belarus serbian:serbia`
    .trim()
    .split(/\s+/)
    .map((p) => p.split(':') as [string, string]),
);
