/**
 * Common English words, lower case: a capitalised form of one of these at the start of a
 * sentence or inside an unknown capitalised sequence is a headline or title word ("World Cup",
 * "Human Rights"), not a name. 7019 words ranked by how often news prose uses them
 * in lower case (word counts only: generated from lower-case word frequencies of US political news,
 * dropping words that are mostly capitalised mid-sentence and the given names of given-names.ts).
 * The plural in -s of a listed word of four or more letters (not itself ending in s) is not
 * listed: both readers take it as listed (names.ts adds these plurals to its set, anonymous.ts
 * looks a plural up by its singular). That leaves 936 words, 8 kB of the extension bundle, out.
 */
export const COMMON_WORDS = new Set(
  `
said with his has was have who not from her about campaign would she more their had but been than one people you out
were which all him what also presidential can after over percent candidate other like could time some there them most
former support its into year primary going just political because last against first those think our even now many say
election how country did make get made before vote week where any win should much very debate race says told nominee
while back way during won million among both called nomination want well know being including government tweet between
same down since three long whether policy far next take right according work night through public then off saying see
group big own here need part email money day such change law conservative top these good media never come recent women
show lot interview issue another wrote likely federal least general poll point under speech economic past asked added
too got tax month help lead put attack leaders front left might home around working four doesn business better statement
job question deal use immigration really early place every does clear less days your second private economy number came
major company run end information call believe again become didn ago something governor real administration system
already running best trying chief used foreign behind later though health why few took care doing anti rally nation look
little away making reported fact fight went trade enough personal establishment delegate gun director important old
politics plan kind close victory role family high message thing done himself military jobs decision life pay meeting
primaries once ever social hard strong five seen several runner set without held class voting often large leading
released executive based yet different give nearly man caucuses power earlier billion line history majority ahead must
record almost free process face report recently known problem whose winning control crowd term team half financial until
each able keep coming late find liberal lost terrorism strategy together taking countries policies turn third move
having worked event pro focus contest began calling expected effort position getting possible turned helped men address
community movement side announced response companies start police led always conference paid staff current talking
attention talk candidacy future elected course spent along interest story six bring children husband billionaire release
program video sent especially classified young open looking idea data violence woman continued either however toward
father leadership outside noted terrorist gave comment final border taken isn spending became investigation small using
continue within bad thought potential feel suggested actually someone stop particularly needed raised families ground
server income rival spoke criticism supporting account wife senior opportunity member firm presidency showed low pledged
build stage full voted adviser themselves matter television spokesman wrong allies level rather official try manager
global latest moment speak failed fall wins nothing significant speaking board book sure today received anything higher
climate chance single presumptive despite hold town view eight let voter anyone order legal seemed experience started
head ban tell short network raise host caucus appeared key play agenda platform biggest largely abortion further
described endorsed bid ballot field parties telling leave special understand agreement crisis threat cases polling
choice stand wasn happen showing reason percentage similar local wanted endorsement organization tough base sign focused
author cast growing battle supported progressive sense live certain building argued laws shooting ways tried else
increasingly wage total longer mean self raising difficult industry shot everything met rise declined accused whom
cannot answer language actions audience probably provide ads turnout happened following force killed quickly instead
tweeted illegal speeches everyone average repeatedly seeking claim popular ask example fundraising appeal margin born
sought include saw entering certainly cut challenge approach push seven cost success share love rhetoric series access
adding step involved criticized common legislation rate hasn hour risk online publicly reporter growth civil giving
critical compared path simply winner conducted nuclear hand proposed summer remain electorate debt opposition
relationship soon proposal estate son beyond herself previously ready powerful market forward responded offer included
energy offered served population although decided provided backed supporter wouldn banks minimum room backing endorse
corporate favor trail taxes fear itself true defeat stay advantage agreed strategist gay previous increase friend voice
businessman respond opposed survey non goes gets result registered influence funding serious poor test professor
politically perhaps hit death rallies becoming reform hear standing fellow radical followed largest independent longtime
request religious near facing gone mind strength declared considered reality age beginning rest willing closed consider
signed appear passed lose immediately meet ended argument mainstream female impact leaving figure career beat daughter
above follow create remaining senators created read whole spend radio holding letter investment entire referring dozen
return moving bit agree heart loss built pick pressure ultimately break tone larger conversation attempt playing aren
protect issued floor particular brought nominating heard positive aide racist exactly style background game concern safe
related status pointed lawsuit contrast reach page changed joined shift weekend seem opinion wing hopes appearance
played explained directly clearly putting opening ones direct material filed campaigning roughly phone secure pass
enforcement period schools newspaper credit worse difference quite prevent bigger pretty closer posted undocumented
defend ability fighting overall stake visit acknowledged resources moved begin looked sort hearing opponent traditional
nine incident source fired trust somebody student subject founder expressed lack communities none favorite negative
respect asking swing additional goal named refused finally situation faced huge deep delivered victories mogul fair guns
meant discuss expect familiar season published died image worth ties alone attacking allowed attacked ran coal rising
charge marriage unions cause track serve amount felt throughout everybody responsible scheduled mistake note widely
approval website currently finish mention date strongly standard technology rich region era minute fire anger losing
prominent evening shown talked younger kept performance momentum afternoon price dangerous ticket earned require closely
donor living effect shared highest avoid profile mostly concluded surprise greater oil pushed dead hate handling site
coverage truth thinking accept assault available inside determine generation mother revealed claimed ensure successful
stories advice aggressive quarter generally dollar fast announcement urged knew benefit main inequality twice troops
remember allow religion necessary cities angry exit reached concerned false decade haven form below cited exchange
learned degree decide changing keeping criminal brother judgment controversy friendly politician unlikely mate double
active easy choose send infrastructure cover cycle discussion trouble paper helping moderate multiple pollster warned
suggesting worried charged activist caused plus water expand present required stated turning deportation reputation
dropped drew offering effectively annual scrutiny leaning eventually promised pushing outcome suggest retired wealth
digital operation tech maybe prepared prison immigrant behalf potentially mentioned commander denied constitutional
commitment highly heavily competitive divided finance possibility paying represent continuing prove scandal committed
spokeswoman couldn crime insurance faith increased instance buy blue fees violent controversial count value captured
oppose promise worst sees sitting direction content older advocate stood officer proved qualified lawyer ruling behavior
headquarters believed bringing modern harder forced area socialist error challenging praised stance carried draw
addition wide breaking door veteran deliver reporting serving legacy lady cash seeing various block analysis stock
racial priority gap rule opened picture terror presence land absolutely drug conflict birth argue photo mail necessarily
embrace measure remained planning drive defended natural contested vast deeply massive launched cuts businesses fell sex
emerged funds crucial completely fine culture wake upon effective personally kids aimed target alternative specific
table carbon refugee gotten written apparent returned recognize stronger interviewed populist drawn proud spread
increasing due hurt domestic arguing followers overseas transition rejected specifically via whatever lived save doubt
movie combat easily recalled receive drop match popularity separate piece represented insisted vowed supposed bills
brand society confirmed shouldn evangelical terrible slightly blame stopped conventions founded confident sensitive
fully picked unclear compromise hoping progress finding nationally insiders heading identify seat protest battleground
abroad identified seek failure version character pic wealthy starting regularly importance simple wait intended check
boost liar determined camp hoped damage correct questioned divisive greatest folks truly competition fewer notion
claiming waiting smaller eligible revolution confidence body editorial chosen relatively targeted cable revenue
emissions panel join judges fought anybody enthusiasm prosecutor impossible prompted counties individual drawing
gathering plane search employee heat noting complete introduced learn narrow whites losses file driven spoken couple
numerous favored acting territory award expanded arms frustration limited heavy overwhelming enter card repeated counter
influential interested explain viewed fit upcoming rating car internal gained somewhat entered allowing sit attended
anonymity struggled citizenship alleged extremely overtime fraud train safety document eyes replied worry adopted
citizen engaged divide courts selling nor watching writing admitted spring otherwise minorities danger killing dominated
cutting advocacy fuel sector gas unusual net campaigned responsibility centers nationwide creating bipartisan reaction
guys compete add vision citing round sound seriously write nobody hired hosted runs initial weak begun manufacturing
spot pointing closing sending welcome scale elsewhere honest surge gain trip existing struggle knowledge ideological
indicated sharp math fallen sell ignored grew identity caught happy virtually scene practice placed amid hopeful
consistent smart moral viewers decline struggling schedule unless receiving ending tied predicted opportunities feeling
attend environment giant grow extreme hedge mission ally managed mid skeptical broke roll onto expert original
diplomatic grass merger comprehensive interesting finished partisan arm happening relief nature linked bottom stump
handful advertising minus watched basis space designed referred collar tuition outsider providing promising quick
balance condition column warning laid vulnerable demand detailed poverty experienced directed historic apparently study
light wearing legislative essentially kill fundamental wave participate barely headed ongoing involvement offensive
immediate describe illegally feet except dismissed gathered downtown reportedly temporary favorable tight districts
neutral agencies partner prospect size struck formally funded streets activities trillion corporations suddenly tonight
resign pull red lie brief guilty wish connection analyst surveyed typically sold neurosurgeon praise lobbying tie tenure
setting forth odds zero counted urging denounced pledge overwhelmingly edge selected improve quality arrived shut
enthusiastic newly puts environmental journalist treated transgender sexual reaching staffer exist broader contributed
walk regime poised circumstances pursue banking surprised consultant distance driver anxiety spotlight deficit possibly
nominate fun criticizing accepted stuff easier sentence achieve discussed unemployment entirely driving demographic
afford profit catch engage filled emotional conduct addressed unite professional collapse justices stretch owned
accepting dealing usual expansion grown beating discrimination handle covered task projects frustrated estimated aware
elite actor careful calendar type acknowledge birther significantly reduce complicated organizing defending refusal sat
totally foot initially sweeping prefer champion ethanol representing variety regulation regular defeated considering
fill perfect aside visited questioning diverse enormous ideology commanding telephone locked unfair congressman briefly
assured suspended pace temperament intent blasted extent targeting nonprofit text link topic expensive owner ordered
nominated genuine sanctions privately tremendous consensus solid exposed contained memo myself honor recognized
narrative delay chose rare fierce reference challenged picking range slow crazy opposing devoted trusted maintained
delivering unify flag superdelegate pressed walked staying buying rigged blamed chaos understanding obviously requested
controlled flip authorities male session neither intense advanced meaning articles nightclub industrial factory
personnel activity blow openly fiscal basically opposite surrogate enemies zone massacre testimony addressing unable
involving competing station serial endorsing tougher http returning earning fourth surprising fix married dinner affect
fresh suggestion promoting treat sponsored aggressively insist organized property plenty missing substantial bold
commercial hostile invited assistance computer widespread actual food worker investor production lists marked contract
investigators posts falling testing gonna enemy fly solution trial basic observers lay harsh appointed echoed hitting
demonstrate donated tweeting eye listed frequently badly anymore institutions draft removed housing stem counsel
complained hardly shifted earn seemingly hadn clinch protester primarily apply speakers strongest developer whoever
disclosure combined threatened challenger touch persuade conclusion restrictions recognition pre extremist updated
fairly timestamp tool apart murder travel bomb steel route succeed overhaul player defined mix shifting guess thus
expanding fundraiser valuable racism covering destroy eager broken definitely undermine contender elect broadcast
closest cultural responding deemed attract weren complex decisive signature hatred posed undecided temporarily imagine
admit counting shortly encourage ought meanwhile sentiment comfortable desperate inspired unlike agent famously
exception credibility embraced officially subsequent rank deserve stuck preparing dramatic striking speculation trading
episode referendum construction weapon conventional user inflation tend consulting map selection reelection mocked
reflect applause deport proof normal famous stayed wonder disagree regret discussing forcing assessment dark organize
frontrunner datetime occurred compound blocked preferred incumbent obtained phrase rolled convince film goers casino
throwing promote reject lies replace communication constant tens hiring answered probe waterboarding choosing limit
releasing score straight model reading shocked embracing encouraging bearer devastating chairs satisfied tries unique
anchor dropping resistance bathroom reasonable delegation fundamentally code developed slate connected recovery broker
fail vetted ignore unacceptable explaining outreach produced approved inquiry modest credible digit enjoyed aim rampant
xenophobe misogynist welcomed aid native pivot narrowly pulled casting advised seized demonstrated pair knowing
majorities negotiating obvious carrying forget outright broadly relevant bet afraid wild sister appropriate bound abuse
announcing repeal notable lots damaging virus dispute permanent assertion crash awkward statewide donation determination
worries capture planet focusing perspective sick pitch threshold positioned stopping stars deadline encouraged
describing extraordinary partly heritage division turmoil upset joining acted engagement stimulus theory inevitable
fault discovered affected emphasis universal maintain reminder quit mandate ethnic invest formidable confront employment
guest flying attempted everywhere literally differently display ambitious lesson prior explanation chairwoman missed
owns formal remark tomorrow stark parade corner survive consistently graduate ranging sits conservatism established
belief stupid listening attending breakfast walls extended traded optimistic compelling columnist loan highlighting
thrown fueled celebrated ends location disaster resort appearing celebrating invested rent declaring banning handed
knock featured improved rattled bought denouncing camera willingness factor appealing rape scared boss suit provision
perceived approaches asylum resolution package aligned circle strike ultimate generated ruled settle reiterated podcast
truck colleges industries product carefully stepped sizable centrist alongside substantive benefited chain intention
successfully reliable yourself critique capacity prosecution thousand realize express fate vastly understood lobbyist
respondents announce define holiday blood jet regardless requiring advance soft football fans principle bloc matchup
mixed touched trailing comeback replaced hire desire credentials failing legitimate refuse absolute gaining absentee
versus realistic weakness stream switch wind highlighted educated mosque rallying bitter grade extra spirit clubs option
alive fracking discourse airing fake unprecedented harm ranking parent crack laying hacking overcome signal disclosed
transactions minded unfit apology drove leverage noticed investigate sale granted rural tragedy voiced participation
portrayed proposing flat uncertainty projected treatment quiet coup retirement bailout sway defeating dominate presented
attracted performed sharing lowest empty rid relative charter training qualifications reducing headline boy stick okay
requirement highlight attackers deadly passage anywhere completed jail emailed corruption refusing attributed asset
deeper expecting amnesty respected grassroots bench contact pack jump dedicated asks collected predict respectively
tradition loved halls equally bearing cheered managing pivotal liked evenly timing slogan payer successes lengthy
beautiful quietly cautious erupted crossed detail fence horrible booed neighboring listen shock busy authorized
operative threatening complaint screen conscience creation violated protected criticize apologized diplomat actively
contentious boycott assume duty database unpopular loud accord sounded sons successor mood rapidly traveling dynamic
offices concrete insurgent vocal firearm speed row advising lift bankruptcy retail shirts bombing reserved thin
contributor dream quote hits pursuing proven migrant adult offense prosecuted thank witness crushed nervous description
investigating slammed violation amazing loyal nasty accusing die unusually hometown element clash tired celebrity
moderator fan depth produce ignorant survived heated cheering departure loudly disappointed traveled pundits reversed
jumped neighborhood personality slot eighth scored secured blocking amendments shouting acceptance reminded scenario
magic titled yesterday electing concerning uses reduced segment remarkable sidelines succeeded steady globalization
rejection resulted convicted skepticism careless music supportive manage physical throw operating applauded ourselves
houses sophisticated oldest aired convinced eligibility emergency rely theme taxing entrepreneur risen surrounding
contention lined provocative extensive array recommended considerable structure phase sacrifice assigned emerging
eliminated arrested sexism apartment flew warming alleging marketing recommendation passion legislature regard meantime
propaganda pose exclusive sight somewhere reluctant reflecting facility indeed reflected hundred airstrikes flow
regarding allegiance loser dividing limiting screening freely theater reliably vital writer honesty lying strengthen
launching fortune exclusively obtain banned packed connect shop unqualified viable impose academic surprisingly mere
greeted beaten silence traffic duties hurting cheer please grabbing typical deported distant swept actress cell
protecting fossil soil deciding legally participants sustained bare intervention somehow philosophy unifying tap
racially painful bias stating purchase potent machine perform biased develop consumers generous anytime passing
condemned sued wise sudden originally impressed frankly uncertain horse populous extremism recalling volunteer boasted
exact glad annually capable bully fringe organizer foreigners ensuring televised lasting persistent developing
advocating coordinated routinely hacked asserted sharply lunch deny landscape obstacle rebel profound faster scramble
comfort forceful associate mode producing streak lobby depending addresses containing hosting welfare repeat admitting
sets flood engaging category accomplish listing ordinary attempting store hero teaching grants pleaded lesser
resignation learning conducting worldwide dismantle pattern quoted clip deployed sad pays contrary boos retain pain
championed thanked prevented wounded naming tackle constantly incredible passionate significance merely unclassified
accountable band launch restaurant tested domain denying economist confirm randomly punch predicting occasionally rarely
filing joked determining destroyed allegedly constituency helpful tribute wider assure reminding lied eventual securing
embarrassing migration quo pharmaceutical researchers demanded visa honored wonderful accurate weight doubled outrageous
submitted bubble visiting remembered punished attitude deleted injured weigh plagiarism speechwriter collective print
leaked committees trend incendiary outrage conspiracy kid carries scientist shaped misleading exploit province airwaves
improving inaccurate equivalent steep coin surveillance prayers tragic properly generate eliminate forcefully believing
greenhouse resolve saved absence genocide cancer ice xenophobic partial perception tide impressive emphasized precedent
proceed difficulty winter mom onstage looming acknowledging cool affiliated universities nonetheless employer convincing
length fled fleeing manner handled causing eliminating conceded stressed hostility suffered indicate defensive prepare
replacement transform wanting tank borrow cyber pursued robust richest slowly pressing consumption clarity properties
facilities membership entities remove dominant hardest mortgage publisher pending demonstrators strategies declare
classification filibuster doctor nationalist insult mess restrictive altogether corrupt inability settled mile mouth
bodies severe avoided smile incredibly garnered militant rallied socialism insulting awful soul sixth angered barring
contribution hashtag innocent venue arriving undermining comparing solidly identifying flawed guide unsecured informed
shouted stiff listened reception cheaper measured mine waving dislike unfavorable praising weighed arrangement touted
alike testified wear colleague backer master drama accountability stability backlash railed advise diplomacy desk
favorably unpredictable sue comparison plant trailed combination painting knocked establish flowers historical
celebration referencing attendance poured relied abandon negligence pause proceedings mocking affair subtle frame
renewed letting traditionally demanding mainly rebuild vacation vying wildly meaningful anyway consideration height aims
recruitment curb drafting frequent confidential label suicide monitoring drinking theories distinction excitement
introduce fiction repeating achievement laughed bus authoritarian burden liability acts civilian ethnicity decent pilot
doom rapid historically settlement pool gays midst currency tactic appreciate halt tolerance resonate corn traction
applicants protections rescue client celebrities chaotic aging risky memoir welcoming nearby venture knife fireworks
battled tier guarantee aircraft dissent shake mobilize correspondence jury skilled preference landslide laugh recall
propel triumph focuses deliberately shy expression overnight absurd recorded waited briefed impression threaten fascist
condemn canceled polled hypothetical burn answering echoing suspected aboard root thwart employed introducing overturn
qualities reverse skill yard summary fighter prevail unanimous secrets concert songs disappointment tiny qualify
purposes disappointing everyday cap clashed gather bargain unit stacked inspiring outspoken prompting decried marking
cry raucous piled dog seeming hole ladies obligation neighbor underdog peaceful solve notice threw confronted inevitably
transparency greed battery costly apologize inappropriate avoiding favorability shameful humility pleasure layoffs
troubled disastrous indictment enthusiastically anticipated bruising sooner imposing crude disgrace firing ceremony
accompanied inspire sport tip gradually assumed ball novel alarm economies bigotry recommend expressing commentary
distraction sided vows procedure financed entertainment explicitly achieved scathing childhood entry theft salaries
expense signaled nowhere preview warm recruit breach technical whiter panic brain pragmatic incremental bolster ignoring
memory persuaded suspend spin opted balanced definition stable participated excessive treating charities populism
afterward misinformation implied equity approaching cheap mutual depend trigger spirited forecast urgency
disproportionately lending extension elevated firmly workforce confrontation marks dominance inner overseeing pleased
borrowing downturn horrific negotiate deter sympathetic invasion duck monthly documentary peak reconsider inclined
function maintenance fitness portion shopping encryption discovery dating governing graduation muscle intellectual
strain unexpectedly withdraw collect estimate rated kitchen betting deadlocked controversies ten shadow insufficient
surging lean mired documented maximum jihad passes guaranteed abiding suspicion imposed accomplished prevailed
transparent proportion sentenced destroying appoint assist disrupt financing reflection justified suspect motivated
plain admission ages descent gambling excited refrain loving disabled desperately lane tighten inviting retweeted
detailing distributed mad plotting icon activism surrounded capabilities magnate vowing reminiscent attorneys wrongdoing
troubling integrity detained crossing boring scope midnight interrupted arrive chanted sticking obtaining translate
bright eminent relies maker alienate feud realized competent underscore youth performing footage touting entrance
continuation teacher insisting ugly violating generating supposedly sympathy substantially dig surged clinched formed
debated taxpayer finger amounted relentless tension existed expectation influenced stress responders grabbed photograph
intelligent restricting disputed outstanding denial similarly pregnant defiant incentive escalated fraction
unwillingness soldier contacted landed fractured reproductive landmark unveiled mayors preserve likened seal heed
dressed vow priced hack ceiling teenager appointment software household healthy ridiculous firewall undercut sounding
preventing resolved existence longest initiatives collection compromised assumption attractive nonwhite optimism
aspirations coupled approve trash roads seize unauthorized slamming advocated tendency earners vetting energized norms
lingering resigned nose polarizing insurmountable yield fixing ease lifted improvements tunnel teaches beside
irresponsible wary vulnerability watchdog adapt loophole factories lame relying alarmed extend brokered fury urgent
hawkish applied anxieties occupation fee investing mock renew lone indication adversaries seated lacked grasp detainees
strict bosses matched lifetime clothing invoked establishing adoption revival detect contain framed copies restore
customer truthful finishing skateboarding batch reckless invitation questionable remarked unaware autism antiabortion
studied subdued daylight underscored sincere objective phony awarded biography categories squarely cite spur confinement
probation homegrown slip revolt owe portray recovered clashes affiliate demonstration abruptly mirror crises ripping
inquiries disclose brash segregation compiled notably stepping overtake ownership taught mental proper update excellent
courage sums uncomfortable humanity confused trio detractors epidemic slipped aftermath emphasizing implemented
emphasize admire kicked clout barrier congratulated yelled wishes trustworthy jokes kick spreading tale await heightened
resist boots mold crystal confronting decisively shell introduction stature politicized grab remind widening vehicle
disavow rejecting energetic disavowed upheaval ethics solely clinics shaking outlined hair lamented capitalize surface
dependent joking pulling buys resident unfairly lesbian labeled warfare bent tally recruiting steal furious linking pop
window disturbed expertise fashion tense recount celebrate boxing showdown featuring entitled sparked polite box
importantly clearance discipline reacted funny hat investigated bars suite bunch spouse fulfill charitable skin transfer
foremost wondering harassment polarized securities implement occur murdered wrap align bio enacted worrying insurers
exposure pocket negotiated internment condemning petition blog latter justify practically concept slavery explosive
vague stagnant endless glimpse therefore horror bridges implying caucusgoers tying decidedly grandchildren suburban
trounced edged hidden guiding razor unofficial assess referenda adopt fallout campus compassion cleared confirmation
contribute distinguished contradict useful design prediction auction sink greatly boys enjoy passport engineer feed
economically rein stir impartial reduction uncovered redacted instructed burning deadlock destruction escape integration
lawmaker constituencies haul unpopularity cautioned prep bulk supply woes fraught sake activated rebuilding
underestimated inclination closures dues substance editors evident encountered carpet assignments technically
shareholder cars rebuffed rumors regarded gift heir hung normally diminished weaker restraint outlook wealthiest
intensity bed experiment dismissing accident declaration gaps ideologically highway lately suffer resonated unified
watermelon dealt cutoff registering parliamentary commanded circulating brilliant rough radar committing neck
retroactively gubernatorial negotiable shooter paperwork mishandling skip confidentiality adoptees adequate reward
likable relentlessly perfectly pandering rationale fat demonstrating disqualified punish reply zeal strange disagreement
impassioned blasting financially harmed outset bizarre compare sum albeit smugglers operate crush courtesy flexibility
coordinate alienating enforce handily timeline workplace revelation abandoned trove donate commented script fantastic
ups bag charming crowded unheard ire symbol enabled placing deck aiming urge residence uniting essential tactical
libertarians necessity copy excuse mentioning freed shrinking flipped unleashed fiery exciting memories coffee elderly
litmus centered longstanding default elaborate sampling aged accelerated cartel battling hammered lacking chanting
hungry portraying impromptu dominating pigs inflammatory underway emerge coalesce sprawling pledging balloting imagined
mongering microphone transcript grief hanging assuming calm hotly punching presumably solving scare thread volatile
forefront application infamous react acquired attracting smiling wrapped guidelines concentration mounting arranged
displayed arrest outlining legalizing tapped suffering pathway queue insistence pray affection babies ear disqualifying
correctness forgotten assailed damn healthcare pink communicate gloves humanitarian witnessed withdrawal overthrow
vacuum institutional presumed assembled atop scripted virtual ripped drag circus harmful disrespect publicity promoted
searching complain interpreted blaming talent visible profession ethical toll killer wore recruiter anxious reaches
isolated equipment collecting complicate subsequently luck remarking consequential device demise render dioxide
resulting comedian affirm victim combating onslaught approached waste derided wondered occurring click candidacies
certainty expose partisanship participating addiction torture lit pipeline suited pact referenced prosecute lobbied
realities disproportionate index narrower spectrum wedding affirmative grip whomever simultaneously nationals fiercely
logic capitalism assuage steadily clock sellers compelled approximately protracted imperative likelihood dimension
problematic weird context policing transformed projecting powered evil marathon departments steering wisdom luxury
critic flurry rant proclaimed imprisoned ouster legislator parallel damaged opt contemporary withheld publishing revive
defining payroll nonpartisan warn aspect occupied dubious rhetorical intervene upside toxic greens renovation booming
lowering dilemma reviewed posting needle encounter dictator takeover advisory energize calculation divorce motion
dynasty disappeared recounted exploited plea chatter precinct banker underlying staked justification alter resentment
drastically emergence appointee antitrust guards moon restrict daunting intend simulation stamina persona polarization
unrest assert undermined salaried mandated predictable hopefully ranked overly arrival tsunami minor embarrassment
characterized figured miners underground suspicious remote biofuels tasked dire nod infiltrated scheduling surely
immunity accomplishment observed articulate cure vigorously checking bans dealers classes shoot prone shall observation
blah insecure emotionally courtroom proceeded psychological sleep odd oath penalty rip teach overlooked tune boosting
inaction differed aliens conviction reviewing occasional mega hub sharpened forever disgusting protesting slice fatally
safer reviews assembly tear valued licensed assassination undo organizational disliked signing candidly accounted
judgement jeopardy studio declining buck govern laughing asserting loose interrogation replay jokingly ramped cease
merits trending booing compassionate sky tack caucused uncommitted thanking screaming congratulations suspending eyed
ballroom systemic exceeding rushed tended lining practical differ consolidate dubbed worthy territories resisted cared
caring waved dissatisfied brave scrambling healing carve underestimate dash prominence boisterous humiliating stride
bemoaned lambasted momentous proportionally unhappy betrayed municipal clothes contributing deporting proponent
articulated imply bidding cloning fatal method cynical discriminatory whenever affiliation gala operators thoughtful
loyalty waning privacy premium unrealistic insensitive beholden maneuvering elevate multi fervor rushing boast lifelong
absent comparable buzz catastrophic existential disarray strengthened heal offended orthodoxy unfavorably comply
pointedly balked paint disappearing commit emotion trained renovated overlooking dignity twist varying legendary
basketball carelessness exercise burned bleeding keynote favoring dial competence implicitly missteps cheated abolish
saving virtue buried rivalry footsteps oversee hospitals narrator scholarship detention distinct interjected payment
sparred dining lent assaulted resemble programming levy escalating unrelated radicalized adapting arbitrary arbiter
disadvantage conciliatory import wiping bomber wound prolonged grappling dispatched pushes conclude discover fueling
viability pregnancy criteria blessing tentative fared straightforward incest opioid dragged wasted bothered foreclosure
aisle tapping volume graduated stolen incoming turnaround characteristic ship galvanized implication audio bruises
envisioned poorly bother formula inadequate cozy abandoning exile bargaining enrollment contractor violate borrowers
brushed soften persuading predecessor terrific benchmark interpretation fare capita airports multinational insecurity
mantle undergoing incompetent exports reclaim interfere fishing binding populated outraged dramatically inclusive
caution confusing viewing empathy reacting weaknesses budgets hikes gesture regulator unnoticed eating sensitivity
dismal inroads receptive leak ineligible deliberate silent temper tent geopolitical dismiss sexting developments pitting
newfound entity provisional arsenal statehood hourly dent mistrust spectacle freeze ushered globally shelter sober
jockeying pursuit indirectly jihadist farms planted evolving sand acre adjustments amassed electricity depriving deprive
lure identities granting singled checked furor accessible ritual posing courting constructive grandfather discontent
interventionist divorced quarterly appetite reined cooperate ammunition presided fading visceral reckoning offset
prisoner relate broaden wherever flaws capitalist chest feature ton efficient cleaner clearer lens lightning solar
recover transformation bets execute supplies surviving identification shaping shore sheet interaction negotiation
setback peer sufficient calculated fleet stamp painted feared superior peacefully salary underscoring earliest permit
rebuke unsuccessful originated preparedness improper certificate stereotypes lucrative gaming crackdown marched steam
disapproval plaintiffs bind negotiator educational shakeup slated guessing undeclared anonymous stalled prohibit forums
convened plight modified located lopsided historian plurality heroes lively freewheeling yielded gaze epic etc
respective empower felons spree outlet gunfire rethink straw disturbing proudly joy administered examined occasion flung
firsthand uprising gridlock ass farmers tag waged consulate credited conflicted boldly routine blessed grateful inserted
coined drum whatsoever condolences shotgun gear chipping happily distract taping paused flowed overturned yell sensible
labeling federally screwed vigor drafted strictly upbeat animals withering useless cent admirable animated technique
inhumane waging vicious teleprompter fliers reasonably pure seasoned adequately stumbled electable bite rowdy cracking
doubted allocated nonsense affluent bullets dipped inciting falsely critically rebound unifier louder lagging overtaking
cookies topped swipe periodically solicit dissatisfaction commentator administrator eat gentlemen cousin nurse
distinguish heckler overhead rows scoring reassuring advertisements leftist principled laser practiced spanking
tremendously refer embodied fraudulent anniversary recording yanked backward resume accusation reserves acutely steer
endured unsure charging anointed sanctuary felony consummate distanced ears scorn reversal overreach suing bullying
bullied cordial agreeing burst marching messy fool incorrect automatically testify rebuked ring heaven titles
exceedingly concede untrue totaling legalized secular installed tournament bombastic turbulent alienated iconic coach
rapist vacancy similarities flap strode advisor outfit disruption blared sync thrilled repealing affirming neutrality
tolerate reconciliation contrasting evenhanded flooded deadliest adept responsibilities faction deepest involve
productive propose stumping demeanor adverse fits gentleman cream correctly akin thrive polluting adherence knee offs
isolationist regulating excesses yellow fabricated punched senseless width brink artificial antipathy overshadowed
shutdown suspension muted realization spat searches restored distressed comedy blond amplify ominous surpassing app
repair emblematic rift suburb advancing excite transformative phenomenon independently swagger knocking geography
naturalization restricted unnecessary tenuous considerably infected issuing pivoted publication atmosphere dispel
achieving whipping invoking embedded bona volunteered purely discourage diminish tighter finishes deflect shaky anomaly
fascism ravaged identical upfront atrocities blanket drowned plummeted eclipse vitriol xenophobia wasting championing
definitive capped implementation dismissive bigot marchers deregulation predatory authentic empowering delayed
functioning specializes solidify brass authored unfortunate strategically recognizing bloody displaced seizing protested
shame correlation overlap reflective distribution belongs moaning keen feminist displaying peddling maintaining nephew
airline photographer rebut lifting mini fold missiles flourish territorial trajectory prospective taste socially dies
alluding resurgence singing providers interim breaches stemming difficulties inherent swiftly protestors accelerate
precarious communicating exceed misconduct pizza bottles exempt wreck hinted resettlement supplement expired taped
intensified lashed embattled clarify enable biographies operational hierarchy donating containment evolution bulwark
envoy helicopters deploying punitive ticked inherited bleak demurred finalized marijuana legalization lays reluctance
ineffective replacing derisively consecutive pin residential terrain racing permitted portfolio bonds buyer compensation
bonuses mainland bids promotion fabric integrate automatic enormously marry unsolicited item hypocritical upbringing
dance guarded toughness upended reversing seating bedroom breath inversion combine toughest extramarital uttered
admiration seldom ate boutique vulnerabilities networking courthouse innovation mounted gasoline mild swap faded
fractious elder upend disruptive echoes scrambled complexity hurdle derail speculated guidance ample heartland
inequities candid coalescing scary advertised caps shrink gallon heating efficiency durable tallied brutality replicate
legacies traders discretion discount prominently acceptable affecting vein teamed deploy ballistic technological
centerpiece grit noise grandmother sole structured murky pronounced dogged defender famed reorganization shedding random
advertisers shorter employing halted magnitude wording monitors planks searing easiest makeup bristled debut awareness
safely disobedience fashioned minimal flash counterpart plagued trap loudest animating crumbling freedoms minimize
jarring rewarding conscious deposition verbal physician chorus reinstating bashing adopting touches consequence
improbable lap pound grind fondness rousing designated waiver hiding generators blowback peaked dictatorship musical
barn nickname plausible mishandled setup humbling concession heels dysfunction discomfort litigation mathematically
unfold gaffe informing compliance distrust prosecuting witnesses congratulate secretly traced discredit thereafter
convey contemplate convert onetime inflicted cement nukes ruined regain worded flooding tossed voluntarily affidavit
bluster undercard exploding instinctive guts precisely thereby matching boat snarky checkers consolidated methodically
pleading defendant twenty clerks naturally terrifying knit badge halfway counseling tongue lashing discrediting ideally
incarceration goodbye defenses deepen transforming nominal enamored crop matches rocket propelled scattered arose
spontaneous sucks lags administrative bags compliment philanthropist cuff casual banner coffers blast engraved applaud
lectures regulate unilateral inception intimidation remembering punctuated thumbs tragedies disregard clarified blowing
disdain centuries comprise debater album awaited captive battlefield shelves defied muddled freshman stirred dumping
pouring takeaway readiness talented stubborn logical discredited prescriptions subpoena enforcer pie sample jointly bail
reforming congratulating singularly instrument electability conceding poorer junior incite funeral respectful kicking
riding chiefly roared competed enact mockery grave hostage stare ashamed clarifying uplifting wagon obscurity worn
snapshot bless stall exchanged quintet cried capturing gilded marred concentrated prioritize constituents clutch
groundbreaking therapeutic therapy harness indefinitely staged unloaded dogs uniquely crosses haired escorted
confrontational downplayed inconvenient swinging boroughs beamed appreciated orientation trustworthiness misguided
narrowing bracing fearful mechanism disenfranchised paltry exercising entertainer athletes reciting perilous traitors
assurances figuring denounce appalling competitor dunk coherent rational throated withholding unfolded gotta footing
outsourcing outsourced shaming manufacturer barnstorming connecting hacker loaded mourning spite converted airplane
reopened marker grueling hailed battered crowned booked commenting embarrassed disqualify miracle unmistakable fade
thumping ovation climbed mask disrupted license inclusion defund fertile foe smoking manipulation manipulating confuse
thoroughly birthday benefiting roiled sour reader indicating cherry contradiction sexually explosion monument ecosystem
upward enclaves abilities unaccompanied entitlement cope expenditures unanimously sub tips informal chart impacted
victimized padding paychecks prelude separating discriminate supremacist nationalism tops misspoke takedown revisit slew
abrupt pervasive instant retaliation newsletter shoving drink bigoted uninsured staggering preserving severely perpetual
resounding spiked listeners solidified volunteering sanctioned tearing certified valid immune deficiencies intersection
accuracy uniform patients disorder mandatory memorized nuts parking dying quagmire reshape worldview hardline wielding
hailing fides dirt implicit unionized deliberations rigorous pitches disbelief unsustainable nearing uncommon
shortcomings predicated dividends collapsing defying sovereignty resettle expel safeguards homosexuality surfaced bested
tinged distracted naturalized selfish obscured unfounded incompatible converting mantra exacerbated proving meltdown
exceptional reaffirmed jurist alternate apparatus ticking vacant boon preliminary prompt owes philosophical
representation equation ironic adversary faculty predominantly nuanced metric permanently nagging unarmed thwarted
completing logged forgive formerly goodness pronouncements textbook arguably equate obstruction dry gunman acquire
makeshift bisexual purchased availability creative stifling greatness enjoying stripped ugliness palpable bow sparking
printing safest boom acquiesced markedly punishment intrusions lax evade decreased offend promptly taco generational
taker pretending shattered spawned revelers ratcheted broadening siblings fearing buoyed humble tipping plowed thriller
literature shipping vehemently firepower bypass begged bragging discounted fodder dictated alliances soured euphoria
assertive consent betrayal ideal breakthroughs exceeded jobless acceleration tortured squeezed ambush collapsed
landlines unfolding pivoting unconventional bloodshed remake tightening travelers familiarity oust contrasted confer
wealthier instinct satisfy vigilant dueling flee fairways keenly supplied separated lucky fixed ubiquitous purchasing
editions loom repayment stack delaying creditors toothless pornography weakening integrating strife belies alienation
rooted fish layer reassure nerve portrait somber floated sensitivities sphere extraordinarily bitterly debunked
stronghold counterterrorism revised flanked toasts tricky contend residency confusion semblance ardent penchant
girlfriend patriarch fraternity illustration aviation raced mortar acquisitions meandered gravity bureaucracy
accumulated raiser consolidating malaise exasperated sealed unsettled supervised travails enduring profoundly summon
restrained practicing output attributable withdrew calculus admirers statesman yawning triple countered tilt countless
forge dismissal antics zeroing constrained adhere charisma vivid angrily seas slave shaken patience dismay reset
narrowed breadth faltered capability exited intensive presumptively docket retailer cherished lectured exceptionally
perpetuate firebrand intensification fervent printed colorful deserved disorderly precedes unwanted cellphone remarkably
regretted balancing tackling appending tacking unsuccessfully attached gradual cracked maximize downward nativist
powerhouse specialists batches eyeing pocketed unprepared slipping overwhelmed detrimental flattering departing
admittedly dictate presentation terminated pitched branch railing temperature groundwork ois renewables lifestyle toilet
parked retrospect eroding staunch upgraded tarnish anonymously galvanizing seminar retiring composed procedural
outsource oversaw baggage terribly mistaken untrustworthy aggravated booth muscular arming subjected plainly calculating
adjust mystery wrestling lows brace leeway spill marches gearing ride probing vary thrived custom unconstitutional
explore niche themed allegation blistering readily borrowed retiree disingenuous hunt guided headache paranoid bedrock
regulatory smallest inject yen dumped hardened reprimanded facilitate void loyalists reopen unraveled belonging cache
queries examining clapping staffing combative adamant undisclosed quell peppered prohibitive innovative unpaid storage
smooth proxy indefinite classroom enforcing unprompted thick rash aback quoting nearest runoff pothole mayoral coveted
weather invented standardized nuances reinforced cancel cramped hype subsidies relocate imminent spectacular mused lapse
feds hydrogen modeling unaligned endorsers mailers distribute scam stickers forwarded caveat classify convenience
irritated blowout thorough offshore chairmen gigantic extensively tape scuttle trickle crafted theoretical huddled
robocall vigorous dismisses consulted sometime radicalization veto input affordability unpledged beneficial coordinator
loop romp objection essence statute speculate descended dishonest sworn journey youngest hyper faked authenticity
undercover intentionally poison counterattack improperly briefings eggs custody immigrated grocery spoiler bureaucratic
leftward buckle midday alleges steered preserved searched legalize bellicose shunned swamp oxygen overshadowing reap
seekers countrymen smoke hater nondisclosure parental solved edhenry imagination surefire tempting illustrate indicator
button chambers assign monster bout robberies reformed insane cliff ridicule smear worship accuse barred accommodate
infringing excerpts sentencing deceive poles radius recess blank delighted finest sweat thugs hugged destined external
garbage bellwether outnumber transpired forthcoming raid lonely coverup disgust unhinged outlandish producer canceling
personalities butts embody undivided internationally newest pragmatist dust toss outdoor overtaken hunting ripe
seriousness tightly parishioners stressing constraints limitation gravely supermarket obsessed blatant belligerent wives
boxes premises humor whisper rhetorically snagged knowingly artful arbitrarily descend festival warehouse erupting
mulling pleasing succeeding pathetic folded stroke kickoff indirect hers expletive reviving peanuts crap doubling
intensifying hallmark refrained recites emblem pragmatism warrant profiled positively probability defection ailing
disagreed slid billed cheese beers plastic mattered yelling resonating eked nods fend trumpeting draped cafeteria
ensured grain cowboy chandeliers artist afloat applauding lightweight teeth opportunist neglected outsized embassies
meal mentally addicted huh awe widened hunger derailing mobilized decrying flocked agricultural lend owing newcomer
tracked unyielding radically campaigner wrest interviewer explode fanned biomedical penalties embryos diseases rope oral
telenovela fracas colors rebellious counterweight moderated professionalism misdemeanor forcibly bruised lurch
manufactured fracturing glide ultra prevailing bounce tumultuous convoluted dare sovereign slight lovers pathological
narcissistic psychopath overt rubbing defunct tenor countervailing slaying blizzard clever betray reassured
misunderstood framework positioning ignorance disrespectful torn unification stunned discord tamping infighting swath
holdouts impeachment restroom escaped conditioners relocated imported devolved witch grieving congregation generosity
homage strive itching worrisome digs bathed lighting resistant aided surrendering handing wallets informally governed
quest disgruntled espoused disaffected stagnation spearheaded tribe litigated consistency tacit props equivocation
garnering roar flock caustic chant leaned rubber robots popping defunding plates diminishing steadfast vendetta thankful
interactive angst capricious curiosity limelight theorist surround settling presume imperiled clue behave obesity
dereliction distorted chained abused robbery airtime reboot disappear autobiography exams syllabus wasteful supplemented
outweigh recipient attendee reinstate developmental occurrence tedcruz floating float futile weaken approving habit
postponing accomplishing expiring duration persecution misunderstanding stumped cloud deeds installment sobering oneself
stretched wrongly galvanize loomed leveled vendor injunction misrepresenting shortage overlook stunt psychiatrist doling
pessimism slowdown fostering frozen pants standoff reprimand illness surgery poisoning revenge showman boundaries
simmering crusade brushes guaranteeing catastrophe occupying dug fated token ignited lion consuming immensely hop
cleaning erode triggered inflection fitting bait blowhard closeness reasoning suitable stretches contacting raw
anticipating apt boosted tallies predictive cues exposing unbelievable mosquitoes churches traffickers offenders
medication incomplete rails jab outline onus sucking dictum stared rescued conquest pressured scorched slashing
enthusiasts weakest brainchild digging identifies ratified hearted childish captains frequency fortitude encompasses
entails orbit faithful chunk overtly slurs intimidate legitimacy constitute distaste tsk rambling promotional wine
heralded refoulement sufficiently transferring laments generic evasive bravado contraception amazed embroiled sewed
capitalized spam fatigue breached proportionality demagogue unapologetic assails reveling marketplace heeled campuses
placards automobile telecom soared collectively misled debacle ladder shrewd subprime envision flames inspiration
undoubtedly confidently ambition prestigious unearthed afflicted premised confirming vacancies emergencies translating
uproar requesting shout consciousness geographically persons depended hypocrisy bordering softer nonprobability biases
variables marginal systematically intricacies shutting cemented handgun owning provoke furthering capitals chiding rude
crashed stationed mourn devastated passenger mercy outgoing freelance accompanying scholar townhall startled unravel
denunciation entrepreneurial treaties flashpoint isolate witnessing waterway jurisdiction awkwardly irrelevant tangible
reviled viewpoint stalwart sigh shrug watches staple marginalized tenet href coordination continually laughter
saturation moniker metaphor hawks contradicting conflicting speculative accessed intruders infamously defer validity
notwithstanding whistle mall dodging leaking homicide littered caregivers screened vet chaired bragged engineered
interference rung sacrificed viciously priest anthropologist format incarnation feuding payback hammering liking
mutually component ousted beneficiary unfinished numbering lasted selfies reneging indispensable transitional clinging
convergence fulfilling forged belatedly extradition defy loyalties dual hardship devastation erupt upswing stoked
retreat quip postpone hastily disconnect chemistry overarching overflow fore thrust gate namo snap articulating
eradicate adjective outsize variations acute grafted tinkering creeping swarmed vagaries dotted seed zoning amenities
mowing correction initiation foresee clubhouse weed refundable standpoint misstated subsidized repay accountant withhold
flowing extending collaborated foundations consists contended governmental collaboration technologists insert trickier
cyberspace societies poorest persist misses pork unreported mitigate documentation communicated schmoozing grin timed
watershed acronym aloud fortified alternately veered biting jerk gunned clandestine deployments withdrawing cater
boardroom consternation slowed culprit fictitious overtures golfer reinforces solo intern harassed disparaged nowadays
messenger alcoholic aura impatient handsome appreciation jeered beef crews opined motivating afoul balloon collaborative
methodical pulpit bumper choked gloomy starkly disparate pessimistic sailors weakened fantasy gossip tabs burying
intellectually heyday gasp dignified familial diaspora deference raft analyses worthwhile sleeper magnetism polished
perfunctory flashes healthier unease gentle sing tariff defect dwelled elective pep fascination inevitability heroine
notoriously unsafe widen smiled relatable grievances dresses ink accurately overhauling mirage intensify eclipsed
prohibited smartphone flirted gleefully fortunate rocked trapped sharper unorthodox misjudged strongman dysfunctional
knack irresistible indigenous diagnosed structural magnanimous revealing scorned sustain hazardous wishful
underestimating sane crisscrossed underwater provincial switched flagging gases barrel validate regaining hint receded
pent materialized depicting recurring animosity straighten mirrored entourage aggression harshly fixture scrutinize
shove interruptions stumble backfired sow condone scratch quixotic crusader butter gadfly bailed coalitions legislating
offsetting sagging feat peasants slowing liberalization hitch unconscionable pension spiral rainy averaging impractical
footprint consolidation relaxed ditch nationalities influx subway murderous stricter strengthening experiencing
interpret slower eagerness adoring commodity philanthropy noon sharpens boiled navigate architect antagonist newsrooms
schadenfreude stubbornly inundated distinctive daylong apples disciplined tightened wheelhouse pitching recast bluntly
unrelenting debilitating analyzing grid toy crisscross flown fizzled delicate revered financiers oriented jeans skewed
merchandise facto honing lagged apologies disconnected beaches detours invoke facet bundlers wield profitable premiere
windfall revitalizing reliant morale adjusted projection unchanged provoked anticipation sensibilities blazing poisonous
intrigued maverick wrapping controlling culturally overcapacity glut distorting cutbacks warmly overpromise shoulder
reinvented devotion idealism warmth misconstrued incapable redirected luncheon whirl recourse erosion slap tolerant
rainbow stoking studying titans prolific enabling absorb disastrously contingent compiling valuations internationalist
skinned corridor duo perch laundry undue reconcile sheer coloring hesitant republish cybersecurity undergraduates
histories pile lender evaporated crippling nevertheless birtherism ports censorship verge reiterating cooperating
tempered chimed currencies sponsorship individually encouragement gentrification oblivion hopped sacred abusive
facilitated survival renewal spectacularly owed
`
    .trim()
    .split(/\s+/),
);
