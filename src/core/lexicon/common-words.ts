/**
 * Common English words, lower case: a capitalised form of one of these at the start of a
 * sentence or inside an unknown capitalised sequence is a headline or title word ("World Cup",
 * "Human Rights"), not a name. About 7955 words ranked by how often news prose uses them
 * in lower case (word counts only: generated from lower-case word frequencies of US political news,
 * dropping words that are mostly capitalised mid-sentence and the given names of given-names.ts).
 */
export const COMMON_WORDS = new Set(
  `
said with his has was have who not from her about campaign would she more their had but been than one people you out
were which all him what also presidential voters can after over percent candidate other like could time some there them
most former support its into year primary going just political because last against first those think our even now many
say years election how country did candidates make get made before vote week where any win should much very debate race
says told nominee delegates while back way during won million among both called nomination want well know being
including government tweet between supporters same down since three long whether policy far next take right according
work night through public then off saying see group big own here need attacks part email money day such change law
conservative top these good media never come recent polls women show lot interview issue another wrote likely federal
least general poll point under speech economic past asked added too issues got tax month help lead months members put
attack officials leaders front left might home around working four doesn business better statement job question deal use
immigration really early place every does clear less days your second private economy number came major company run end
things information call believe again become didn ago something governor real administration system already running best
trying chief used emails foreign points behind later though health why few took workers care doing groups anti rally
nation look little away making reported fact fight votes went trade enough personal establishment delegate gun director
important old politics plan kind close victory role family high comments message thing done himself military jobs
questions decision life pay meeting primaries once ever social hard strong five seen several runner weeks set immigrants
without held class voting often large leading released executive based yet different give nearly man others rights plans
caucuses power earlier billion line history majority ahead must record almost free process face report recently known
problem whose winning control crowd comes term team half financial until contests each able keep coming late find
liberal lost terrorism efforts strategy together taking countries policies turn wants third move having worked event pro
focus contest began calling expected effort position getting donors possible turned helped men address community
movement side announced response companies start police led always conference paid staff current talking attention talk
candidacy future needs elected course reporters spent hours along interest story rules six bring children husband
billionaire release program video sent especially classified young open looking idea results data shows violence woman
continued either however toward father leadership outside noted terrorist gave comment final superdelegates border taken
isn campaigns spending became remarks investigation small using continue within bad thought potential feel suggested
actually someone stop particularly needed raised families ground server income numbers calls rival spoke criticism
supporting account wife senior opportunity member firm presidency showed low pledged build stage full voted adviser
themselves matter television decades spokesman wrong allies level rather official try manager global makes latest moment
speak failed fall wins nothing millions dollars significant speaking board book sure today received anything rivals
higher climate chance single presumptive despite hold town view eight let voter anyone order legal seemed experience
started head ban tell short records network raise host caucus appeared key play agenda platform biggest largely abortion
further described endorsed conservatives bid ballot field parties telling leave special understand agreement refugees
crisis threat cases polling aides choice stand politicians wasn means happen showing reason percentage similar local
wanted endorsement views organization tough base sign focused author cast growing elections battle supported progressive
sense live certain building argued takes laws shooting ways tried else increasingly seems wage total longer mean self
raising difficult remains industry rates shot everything met rise declined accused whom cannot employees answer problems
language actions audience probably provide concerns ads turnout happened following force killed quickly instead tweeted
illegal speeches everyone average repeatedly seeking claim popular ask example reports fundraising appeal margin born
sought include saw entering certainly cut challenge approach push seven cost success share love rhetoric series access
adding step involved statements criticized common legislation rate hasn hour risk online publicly reporter growth civil
giving critical thousands compared path simply winner conducted nuclear hand proposed summer remain electorate debt
events opposition relationship soon proposal estate son beyond changes herself previously ready powerful students market
forward responded offer included interviews energy offered served population although decided donations works provided
backed supporter wouldn banks experts minimum hands room backing endorse corporate favor trail taxes fear itself true
defeat appears stay leads includes debates advantage agreed strategist gay previous advisers increase friend voice
businessman respond opposed survey non goes gets result registered influence believes funding serious positions poor
test professor politically messages hundreds perhaps forces hit death rallies becoming reform thinks ideas hear standing
fellow radical followed largest independent interests longtime request religious near facing gone mind strength declared
considered reality continues age beginning rest willing closed consider signed appear decisions passed lose immediately
meet parents ended argument mainstream female impact leaving figure career beat daughter above follow create remaining
senators created claims read whole spend radio holding letter terms costs investment entire referring dozen return
moving bit agree documents heart loss built pick pressure ultimately break tone larger conversation knows attempt
playing aren protect issued floor particular brought nominating heard values positive aide racist exactly style
background game concern safe victims related status pointed lawsuit contrast benefits reach page changed joined shift
weekend seem opinion wing hopes appearance played lines courses explained weapons terrorists directly clearly putting
opening ones direct material filed campaigning roughly phone secure pass enforcement period schools newspaper credit
worse difference quite prevent lawmakers bigger pretty closer posted undocumented defend activists critics ability
fighting overall stake faces visit acknowledged resources moved begin looked sort individuals hearing opponent
traditional nine deals incident source fired trust reasons somebody student subject founder expressed lack communities
none favorite negative respect asking swing additional goal named refused finally situation faced huge deep delivered
victories mogul fair guns meant discuss expect familiar season published died image worth measures organizations ties
alone attacking allowed attacked ran represents coal rising charge marriage unions cause track serve amount felt
throughout everybody responsible minutes scheduled mistake note widely approval website currently proposals finish
mention date strongly standard technology rich region era minute fire anger losing prominent evening shown talked
younger kept performance momentum afternoon price dangerous ticket earned require accounts supports closely donor living
effect shared highest avoid profile mostly sometimes opponents concluded surprise greater oil pushed networks dead hate
handling site talks coverage sources truth thinking accept assault available inside determine generation mother revealed
claimed ensure successful stories advice aggressive quarter generally dollar fast areas announcement places urged knew
benefit main inequality twice sides troops remember allow religion necessary cities differences angry signs races exit
reached wages concerned false decade executives haven form below cited exchange learned degree decide changing keeping
criminal brother endorsements judgment controversy protesters friendly becomes politician agents requests unlikely mate
double active easy choose checks send infrastructure roots cover cycle discussion trouble paper helping moderate
multiple holds pollster warned suggesting worried charged activist caused plus promises water expand present required
stated turning deportation reputation dropped meetings drew offering effectively challenges annual standards scrutiny
leaning eventually promised pushing outcome suggest retired contributions wealth digital markets operation tech maybe
prepared prison immigrant behalf potentially mentioned commander denied constitutional commitment highly ballots heavily
competitive divided finance possibility paying represent continuing seats prove scandal programs committed spokeswoman
couldn crime insurance faith increased instance buy blue fees violent controversial count value captured oppose promise
worst sees sitting direction content older advocate stood officer proved qualified charges lawyer ruling behavior
headquarters believed bringing modern harder forced area socialist error challenging tells praised stance carried draw
addition wide looks breaking firms door veteran deliver reporting serving legacy lady cash seeing various block analysis
stock racial priority gap rule opened picture terror presence land absolutely details drug conflict birth argue photo
mail necessarily embrace measure happens remained planning drive defended natural contested vast deeply massive launched
analysts cuts businesses fell staffers sex emerged funds crucial completely facts fine culture wake upon effective
personally kids aimed target expectations alternative specific table carbon refugee gotten written apparent returned
recognize stronger interviewed populist drawn proud attempts spread increasing due hurt colleagues domestic arguing
followers overseas transition rejected residents specifically via whatever lived save doubt movie combat easily recalled
receive drop ratings match popularity separate piece fears officers stands represented insisted vowed supposed bills
gains threats brand society confirmed shouldn evangelical terrible slightly blame stopped conventions founded confident
sensitive fully picked unclear compromise hoping progress finding journalists nationally insiders heading identify seat
protest battleground abroad identified seek failure version character pic wealthy starting regularly importance simple
wait intended check boost liar determined camp hoped damage correct questioned divisive greatest folks steps notes truly
competition fewer backers notion claiming waiting smaller eligible revolution confidence body editorial chosen
relatively targeted cable revenue emissions panel investors join tactics judges fought anybody enthusiasm prosecutor
impossible prompted counties individual billionaires drawing gathering plane search employee heat noting complete
suggests introduced crowds independents learn narrow whites losses file driven spoken couple numerous consequences
favored figures acting territory award expanded matters arms frustration limited heavy overwhelming enter card repeated
counter influential interested explain viewed fit upcoming rating allows car accusations internal gained somewhat
entered allowing sit attended anonymity struggled citizenship writes alleged extremely overtime fraud train safety parts
economists pages allegations document eyes replied worry adopted citizen engaged divide thanks courts selling nor
watching offers answers writing admitted borders spring otherwise returns minorities danger killing dominated cutting
advocacy fuel sector gas unusual net campaigned responsibility centers nationwide creating bipartisan reaction guys
liberals compete add vision citing round sound seriously write nobody hired hosted runs initial weak begun manufacturing
spot pointing closing sending welcome scale elsewhere honest surge gain nominees trip existing struggle moves
strategists levels knowledge ideological indicated sharp math fallen heads sell sales ignored grew identity caught happy
speaks virtually scene practice placed amid hopeful shootings consistent smart moral viewers contenders migrants decline
struggling schedule unless receiving ending tied predicted opportunities feeling attend environment giant grow extreme
hedge prices mission ally managed mid skeptical broke roll onto choices expert original diplomatic grass merger
comprehensive interesting finished partisan arm happening relief nature linked advocates bottom practices stump
conversations handful advertising minus watched basis space designed referred veterans collar tuition outsider providing
promising quick balance condition column warning laid vulnerable demand detailed poverty experienced directed historic
risks apparently study light wearing legislative essentially kill fundamental wave participate barely headed targets
ongoing involvement offensive immediate describe illegally feet except dismissed gathered downtown reportedly temporary
favorable tight districts neutral agencies partner goals prospect arguments understands size struck formally funded
streets activities trillion corporations suddenly tonight resign pull red lie brief guilty wish moments connection
analyst surveyed typically sold neurosurgeon praise turns lobbying conflicts tie tenure setting forth odds zero counted
urging denounced pledge overwhelmingly edge selected improve quality shares arrived shut enthusiastic newly puts
environmental journalist treated relationships transgender sexual reaching staffer exist broader contributed walk regime
poised circumstances pursue banking surprised consultant distance driver anxiety spotlight deficit possibly nominate fun
criticizing accepted stuff easier sentence achieve discussed unemployment entirely driving demographic afford books
profit appearances catch engage filled emotional conduct addressed unite professional collapse justices stretch owned
accepting dealing usual expansion grown beating discrimination insults handle covered task projects frustrated estimated
stakes aware elite actor careful calendar systems type audiences acknowledge birther significantly reduce complicated
organizing defending refusal sat totally foot doors lawyers initially sweeping prefer champion ethanol representing
finds variety regulation regulations regular defeated considering fill perfect aside visited questioning diverse
enormous ideology commanding telephone keeps locked unfair congressman briefly assured suspended pace elites temperament
intent blasted extent targeting nonprofit text protests link topic ranks expensive owner ordered volunteers nominated
users genuine sanctions loans privately tremendous consensus solid digits exposed contained memo myself honor recognized
favors narrative delay chose rare fierce reference challenged chances picking range slow crazy opposing devoted trusted
maintained delivering unify sites flag superdelegate pressed walked staying buying rigged blamed chaos understanding
obviously requested controlled flip authorities male session neither intense surveys advanced meaning articles lawsuits
margins nightclub payments industrial factory personnel activity blow openly fiscal controls basically opposite
surrogate enemies zone feels massacre testimony addressing unable involving competing outlets station criminals amounts
serial endorsing tougher provisions findings minds http returning earning cares fourth surprising fix married dinner
affect fresh options suggestion promoting treat sponsored aggressively requires insist operatives organized property
plenty missing substantial dozens bold surrogates commercial hostile invited assistance computer widespread actual food
worker investor production lists serves marked contract investigators agreements posts falling testing gonna enemy
estimates fly solution trial basic observers lay harsh appointed echoed attendees hitting players demonstrate donated
tweeting videos eye listed frequently badly anymore institutions draft removed housing stem counsel filings complained
hardly thirds shifted earn seemingly follows hadn clinch protester primarily homes apply speakers strongest developer
whoever disclosure combined threatened challenger touch persuade abortions conclusion demands restrictions recognition
pre mails extremist makers updated fairly timestamp negotiations tool apart murder travel bomb steel route succeed
overhaul player defined mix likes shifting guess firearms thus expanding fundraiser valuable racism progressives
covering exchanges destroy eager governors broken definitely undermine contender seeks elect broadcast closest cultural
responding deemed goods attract skills weren complex moderates decisive signature hatred breaks posed undecided
temporarily imagine admit counting shortly encourage ought meanwhile governments tests sentiment comfortable desperate
leaves inspired unlike agent famously exception credibility conditions embraced officially subsequent rank deserve stuck
preparing dramatic striking speculation trading earnings episode referendum construction weapon conventional user
inflation tend consulting map selection reelection mocked helps reflect applause deport proof normal famous stayed
wonder disagree regret discussing forcing assessment dark organize frontrunner datetime occurred compound blocked
preferred incumbent obtained phrase rolled convince film goers casino throwing promote reject lies plays replace
increases communication constant tens hiring answered probe waterboarding photos choosing limit releasing score straight
model cheers prospects reading shocked embracing gifts encouraging bearer devastating chairs satisfied tries unique
anchor dropping resistance headlines prosecutors bathroom reasonable reflects delegation fundamentally code developed
slate divisions connected recovery broker fail vetted ignore unacceptable explaining outreach produced approved inquiry
modest credible digit enjoyed aim rampant xenophobe misogynist welcomed aid native pivot narrowly pulled casting advised
seized demonstrated pair knowing majorities negotiating obvious struggles carrying forget outright broadly relevant bet
afraid wild sister appropriate bound abuse announcing repeal deaths opposes notable lots damaging virus dispute
permanent assertion crash outsiders awkward statewide donation determination worries capture planet focusing perspective
sick degrees pitch threshold positioned stopping stars deadline encouraged describing extraordinary partly heritage
division turmoil causes upset joining acted engagement stimulus employers theory inevitable fault discovered affected
emphasis universal maintain reminder quit billions mandate ethnic soldiers hackers invest formidable confront employment
guest flying attempted feelings everywhere literally differently display ambitious lesson prior explanation chairwoman
missed adults topics owns formal remark tomorrow stark parade corner survive consistently graduate ranging sits
conservatism established belief stupid exists listening attending breakfast walls extended traded optimistic compelling
columnist tweets loan highlighting thrown fueled celebrated quarters incomes ends location disaster resort appearing
celebrating invested rent scores specifics declaring conferences banning handed knock featured requirements improved
rattled winners bought denouncing camera willingness factor appealing rape scared boss suit provision perceived
approaches asylum resolution package aligned circle strike ultimate generated ruled settle reiterated podcast truck
colleges doubts industries product carefully stepped sizable assets centrist alongside tunnels substantive benefited
chain intention successfully reliable yourself critique capacity prosecution thousand realize express fate vastly
rapists understood lobbyist respondents announce define holiday blood jet regardless requiring factors advance soft
football fans principle bloc matchup mixed touched trailing comeback replaced hire lessons customers desire credentials
failing legitimate refuse absolute gaining absentee versus realistic weakness stream switch wind expects barriers
highlighted educated mosque trails rallying bitter grade extra spirit clubs option alive loses fracking fundraisers
discourse airing fake unprecedented harm ranking parent crack laying hacking https overcome signal disclosed
transactions minded unfit raises apology drove leverage stops noticed investigate sale granted rural tragedy voiced
provides scenes participation portrayed proposing flat uncertainty projected treatment quiet coup retirement presents
bailout sway defeating dominate presented attracted incites performed sharing imports readers lowest empty rid relative
charter hopefuls training qualifications reducing headline boy stick okay requirement highlight attackers deadly passage
anywhere completed jail emailed corruption refusing attributed asset agrees lobbyists deeper expecting amnesty owners
respected grassroots bench contact pack jump dedicated asks collected profits predict respectively tradition loved
thoughts halls equally bearing cheered managing pivotal liked evenly timing slogan payer successes lengthy beautiful
quietly cautious erupted backs crossed detail fence horrible booed neighboring listen shock voices busy organizers
authorized complaints hosts operative threatening complaint products finances screen rebels conscience creation violated
protected criticize apologized diplomat actively contentious boycott assume duty kinds database unpopular loud accord
sounded sons successor mood rapidly traveling deficits dynamic offices concrete insurgent vocal tends firearm brings
speed row mistakes advising lift bankruptcy retail discussions shirts bombing contractors reserved thin contributor
moderators dream quote hits pursuing proven migrant adult offense prosecuted thank witness crushed fighters nervous
description investigating slammed violation amazing loyal nasty accusing die unusually hometown element clash sounds
tired celebrity moderator fan depth produce ignorant survived heated cheering departure loudly disappointed respects
traveled pundits reversed grabs jumped neighborhood personality slot eighth mothers shifts scored secured blocking
amendments types roles shouting acceptance features reminded reforms scenario magic titled yesterday electing concerning
investments uses reduced scandals segment remarkable sidelines succeeded steady globalization rejection resulted
convicted skepticism careless music supportive manage physical throw contracts operating applauded ourselves houses
extends camps sophisticated deserves oldest aired convinced eligibility exceptions emergency rely casinos theme taxing
entrepreneur risen surrounding contention lacks lined provocative tensions hearings extensive array recommended
considerable structure phase sacrifice assigned emerging visas eliminated arrested sexism apartment flew warming
alleging marketing recommendation passion legislature regard meantime limits propaganda pose exclusive sight somewhere
reluctant reflecting facility indeed reflected hundred airstrikes flow regarding demographics shots allegiance loser
dividing limiting screening freely theater reliably vital writer honesty lying strengthen launching fortune exclusively
begins obtain banned packed neighbors connect shop unqualified viable impose academic surprisingly opens mere greeted
beaten silence traffic duties hurting cheer please grabbing typical deported distant swept actress cell protecting
fossil battles soil transcripts deciding legally participants sustained bare intervention somehow philosophy unifying
tap racially painful bias stating purchase potent machine perform biased develop consumers generous anytime passing
condemned sued wise sudden originally impressed frankly uncertain horse populous extremism recalling volunteer boasted
exact glad annually capable bully fringe organizer foreigners ensuring televised lasting persistent samples developing
suggestions advocating connections coordinated routinely hacked asserted sharply lunch deny landscape obstacle rebel
profound faster scramble responses violations comfort tariffs forceful manufacturers associate mode producing streak
lobby depending addresses containing hosting welfare repeat reads admitting sets flood engaging category accomplish
listing ordinary attempting store hero teaching grants pleaded lesser resignation experiences learning conducting
worldwide dismantle pattern quoted clip describes deployed sad pays contrary boos retain pain championed thanked
prevented wounded nominations naming tackle constantly incredible enjoys passionate significance merely argues
accomplishments instances unclassified accountable band accuses launch restaurant tested domain denying economist
confirm randomly punch predicting occasionally rarely performances filing precincts joked determining destroyed
households allegedly constituency helpful tribute wider assure reminding criticisms lied situations eventual securing
embarrassing migration quo pharmaceutical researchers demanded visa honored wonderful competitors accurate weight
doubled outrageous interactions submitted computers bubble cards visiting remembered punished attitude deleted injured
weigh plagiarism speechwriter collective print platforms leaked committees trend incendiary outrage conspiracy kid
carries scientist shaped misleading exploit province airwaves improving inaccurate equivalent steep effects coin
managers bankers surveillance tracks prayers tragic properly generate eliminate forcefully believing greenhouse resolve
saved absence genocide cancer ice xenophobic partial perception tide impressive emphasized precedent proceed difficulty
winter mom onstage looming acknowledging cool affiliated universities nonetheless employer convincing length fled
fleeing manner handled causing eliminating conceded stressed hostility suffered indicate defensive prepare replacement
transform concessions wanting tank borrow cyber pursued robust richest slowly pressing consumption clarity properties
facilities membership entities websites remove dominant hardest mortgage publisher pending demonstrators strategies
declare classification slots filibuster doctor nationalist insult mess restrictive altogether corrupt inability settled
mile mouth bodies severe avoided smile incredibly garnered militant vehicles rallied socialism insulting losers awful
soul sixth angered barring generations contribution hashtag militants innocent venue arriving undermining comparing
solidly identifying appointments flawed guide unsecured trends informed shouted stiff listened reception prisoners
contrasts cheaper measured mine waving dislike unfavorable praising weighed arrangement sorts seconds touted alike
testified wear colleague backer master drama accountability stability backlash railed elders advise diplomacy failures
desk favorably unpredictable sue comparison plant trailed combination ventures painting knocked establish flowers
historical celebration meets referencing incidents attendance poured relied abandon towards negligence pause proceedings
mocking affair subtle frame renewed letting quotes traditionally demanding mainly rebuild vacation vying wildly
meaningful anyway consideration height aims recruitment curb drafting frequent releases confidential actors label
suicide monitoring drinking theories achievements distinction attitudes excitement introduce fiction repeating
achievement laughed bus authoritarian writers burden liability acts waves civilian ethnicity decent pilot doom rapid
historically settlement pool gays beliefs midst currency tactic appreciate halt tolerance resonate corn traction
applicants protections rescue client celebrities chaotic aging commitments risky lenders memoir welcoming nearby venture
plants knife fireworks battled tier nights movements guarantee aircraft dissent drives shake mobilize correspondence
jury skilled preference landslide laugh recall propel triumph focuses columns deliberately shy tears expression
overnight absurd recorded waited guests briefed impression threaten fascist condemn canceled polled hypothetical burn
answering echoing suspected aboard planes root thwart employed founders introducing overturn qualities reverse maintains
skill yard flags summary fighter prevail unanimous secrets concert songs disappointment tiny qualify purposes
disappointing techniques everyday cap clashed gather bargain unit revelations stacked inspiring opinions outspoken
prompting decried chants marking cry raucous piled dog disagreements seeming conclusions hole ladies pollsters
obligation neighbor underdog peaceful solve notice forms threw confronted inevitably transparency greed fails battery
costly apologize inappropriate avoiding favorability shameful humility pleasure layoffs troubled bases disastrous
indictment enthusiastically anticipated bruising sooner imposing crude disgrace firing ceremony accompanied inspire
sport tip gradually assumed ball novel alarm economies bigotry recommend expressing commentary distraction sided vows
procedure financed entertainment explicitly achieved scathing childhood entry theft salaries expense signaled crimes
nowhere preview warm recruit extremists breach technical whiter authors panic brain pragmatic incremental bolster papers
spots ignoring memory persuaded suspend spin opted balanced definition stable participated excessive treating charities
populism afterward misinformation implied equity approaching cheap mutual graduates depend trigger spirited falls
forecast urgency stances disproportionately lending tools extension elevated firmly rulings workforce letters
confrontation marks dominance inner overseeing pleased borrowing downturn warnings horrific negotiate deter sympathetic
invasion duck monthly documentary peak reconsider disputes inclined function maintenance fitness portion shopping
encryption discovery dating hints governing graduation muscle intellectual strain unexpectedly withdraw collect estimate
shareholders rated kitchen dealings betting deadlocked controversies cameras inversions ambitions ten shadow
insufficient surging lean mired documented maximum poses jihad passes guaranteed abiding suspicion imposed accomplished
hearts prevailed transparent proportion sentenced destroying appoint assist disrupt financing reflection justified
suspect motivated plain admission ages descent gambling excited refrain loving chains disabled desperately lane tighten
inviting retweeted detailing distributed mad plotting icon activism surrounded capabilities magnate draws vowing
reminiscent attorneys wrongdoing troubling integrity detained themes crossing drugs methods boring scope midnight
interrupted arrive chanted sticking obtaining translate bright eminent relies maker alienate feud realized competent
underscore enters advantages youth populations performing footage touting entrance continuation teacher insisting ugly
violating generating supposedly sympathy substantially dig surged clinched formed advances debated taxpayer finger
amounted relentless tension existed expectation influenced stress responders grabbed photograph intelligent restricting
disputed outstanding denial similarly pregnant defiant incentive proceeds escalated fraction unwillingness soldier
contacted landed fractured reproductive landmark unveiled mayors preserve professionals likened strikes seal heed
dressed vow priced hack ceiling teenager appointment software household healthy ridiculous runners firewall undercut
diplomats sounding preventing resolved existence longest updates initiatives collection compromised assumption
attractive nonwhite optimism aspirations coupled recommendations approve trash roads seize unauthorized slamming
advocated tendency daughters procedures earners intends vetting challengers energized critiques norms lingering
allegiances resigned nose polarizing doctors insurmountable yield fixing ease lifted improvements tunnel teaches beside
irresponsible wary vulnerability watchdog adapt loophole factories lame relying consultants alarmed pledges orders
extend brokered fury urgent hawkish applied anxieties occupation fights fee investing mock renew lone indication
adversaries seated lacked grasp detainees strict bosses matched lifetime clothing invoked establishing adoption revival
detect contain framed aspects copies restore visits customer truthful finishing skateboarding batch reckless invitation
questionable remarked unaware licenses autism antiabortion studied subdued reminds daylight tables underscored sincere
objective phony awarded biography categories squarely cite spur confinement probation elements homegrown missions pieces
strongholds slip revolt owe portray recovered clashes affiliate demonstration abruptly mirror crises ripping newspapers
inquiries disclose brash mentions segregation compiled cycles notably stepping overtake ownership taught mental proper
update excellent courage sums uncomfortable humanity arrests confused trio detractors epidemic slipped aftermath
emphasizing trips implemented emphasize admire credits kicked clout barrier congratulated yelled wishes picks
trustworthy jokes kick spreading tale paths await heightened resist boots mold crystal confronting decisively shell
introduction stature politicized grab remind widening vehicle disavow rejecting energetic disavowed occasions upheaval
ethics solely dangers clinics shaking outlined hair lamented capitalize sentiments surface considers cites insists
dependent joking pulling buys resident unfairly lesbian labeled warfare bent tally recruiting steal furious recognizes
linking pop window disturbed expertise fashion tense recount celebrate boxing showdown featuring entitled sparked polite
box importantly clearance discipline reacted funny hat investigated bars suite bunch spouse fulfill charitable skin
deportations counterparts transfer foremost wondering harassment polarized securities implement occur murdered wrap
align bio enacted worrying insurers exposure pocket hates negotiated internment condemning petition blog latter justify
practically concept slavery cents explosive codes vague stagnant endless mosques glimpse therefore horror bridges
implying caucusgoers tying decidedly grandchildren suburban trounced edged hidden guiding razor unofficial assess
referenda obligations adopt fallout campus mortgages compassion cleared confirmation contribute distinguished contradict
useful panels design prediction auction sink greatly boys enjoy passport engineer grows feed economically rein stir
impartial functions frustrations reduction uncovered redacted instructed burning deadlock destruction suits escape
integration lawmaker constituencies haul unpopularity cautioned prep bulk supply dreams woes signals blocks fraught sake
activated rebuilding underestimated inclination couples closures holes dues rises substance editors evident encountered
carpet killings raids assignments technically shareholder cars rebuffed rumors regarded gift heir hung clients normally
diminished perceptions weaker restraint outlook projections wealthiest intensity bed experiment dismissing accident
declaration gaps ideologically highway lately suffer resonated unified watermelon dealt cutoff registering parliamentary
commanded circulating fortunes brilliant rough radar committing neck dynamics retroactively gubernatorial leaks
negotiable matchups shooter paperwork mishandling skip confidentiality assaults adoptees adequate reward likable
relentlessly perfectly pandering rationale fat demonstrating disqualified punish reply zeal strange disagreement
impassioned blasting relatives financially harmed outset bizarre compare dates sum albeit smugglers operate crush
courtesy flexibility coordinate alienating spends enforce handily timeline workplace suspects revelation abandoned trove
donate commented script fantastic ups bag charming crowded unheard ire symbol enabled placing deck aiming urge residence
uniting essential declarations tactical libertarians necessity copy excuse servers mentioning freed shrinking flipped
unleashed fiery exciting memories coffee materials elderly litmus centered longstanding default elaborate sampling aged
accelerated cartel battling hammered loves lacking chanting hungry portraying electorates impromptu dominating pigs
inflammatory underway emerge coalesce sprawling pledging balloting rounds imagined mongering microphone transcript grief
hanging assuming calm hotly signatures punching refuses presumably solving scare thread volatile forefront application
infamous react acquired attracting smiling wrapped guidelines concentration mounting arranged displayed arrest outlining
items legalizing tapped suffering pathway queue insistence pray affection babies ear disqualifying correctness forgotten
assailed damn disclosures references healthcare pink communicate gloves humanitarian witnessed withdrawal overthrow
vacuum institutional presumed assembled atop scripted virtual ripped drag circus lights harmful disrespect publicity
promoted searching prepares complain interpreted blaming talent visible profession ethical toll killer wore recruiter
anxious reaches isolated equipment collecting complicate murders subsequently luck remarking consequential device demise
render dioxide resulting comedian affirm victim combating onslaught approached waste derided boasts wondered occurring
click scholars candidacies examples certainty expose partisanship participating addiction torture lit pipeline suited
pact referenced prosecute lobbied realities disproportionate index narrower spectrum wedding violates affirmative grip
whomever simultaneously nationals fiercely logic capitalism assuage steadily mandates clock sellers compelled
approximately protracted imperative strengths likelihood dimension problematic weird context policing transformed
projecting powered evil marathon departments steering wisdom luxury critic flurry rant proclaimed imprisoned ouster
legislator parallel damaged implications opt contemporary withheld publishing revive defining payroll nonpartisan warn
aspect occupied dubious explanations rhetorical intervene upside toxic encourages greens renovation booming lowering
developers taxpayers dilemma reviewed posting hurdles needle encounter dictator models takeover advisory energize
calculation divorce motion dynasty disappeared recounted exploited plea chatter precinct banker underlying peers staked
justification alter resentment underscores drastically emergence appointee antitrust instincts guards moon directors
restrict associates daunting intend simulation stamina persona negatives polarization unrest assert undermined salaried
mandated predictable hopefully ranked overly arrival tsunami minor embarrassment characterized figured miners
underground suspicious remote biofuels tasked battlegrounds dire slates nod infiltrated scheduling surely immunity winds
admits accomplishment observed articulate cure vigorously checking frauds partisans bans dealers classes shoot prone
shall sentences observation blah insecure emotionally buildings occurs courtroom proceeded psychological sleep odd oath
penalty rip teach overlooked tune boosting inaction professors differed threatens indicates aliens conviction reviewing
occasional mega hub sharpened commentators forever disgusting protesting slice fatally safer stations reviews assembly
tear valued licensed assassination undo organizational disliked signing concludes candidly accounted judgement jeopardy
studio declining buck govern stumbles sends laughing towns asserting loose interrogation replay jokingly ramped cease
merits trending booing compassionate sky tack caucused uncommitted thanking screaming congratulations suspending eyed
alternatives ballroom systemic exceeding rushed tended lining practical differ consolidate dubbed worthy territories
resisted virtues cared caring waved dissatisfied refers brave scrambling healing carve underestimate dash prominence
boisterous humiliating stride bemoaned lambasted momentous proportionally unhappy betrayed municipal clothes
contributing deporting proponent articulated imply bidding cloning cells fatal method cynical discriminatory whenever
affiliation gala operators thoughtful loyalty waning privacy premium unrealistic insensitive beholden maneuvering
elevate multi fervor rushing boast lifelong absent comparable buzz catastrophic involves edges existential disarray
strengthened heal offended orthodoxy unfavorably comply pointedly balked paint disappearing commit comparisons emotion
trained renovated overlooking dignity twist varying legendary basketball divides carelessness exercise clearances burned
bleeding keynote favoring dinners dial competence implicitly missteps cheated abolish saving virtue buried rivalry
footsteps oversee administrations hospitals narrator scholarship detention distinct interjected payment sparred dining
lent assaulted resemble programming levy escalating unrelated jihadists radicalized adapting grounds arbitrary arbiter
disadvantage conciliatory import wiping bomber wound prolonged grappling dispatched expenses pushes conclude discover
fueling viability assumptions pregnancy criteria blessing tentative fared drops straightforward phones incest defects
opioid dragged wasted bothered foreclosure aisle tapping volume graduated stolen decides incoming turnaround
characteristic ship galvanized implication audio bruises envisioned rests poorly blows bother formula inadequate cozy
abandoning exile bargaining enrollment contractor violate borrowers neighborhoods fingers brushed displays soften
persuading predecessor terrific benchmark interpretation fare disagrees locations capita airports multinational
insecurity mantle undergoing incompetent exports reclaim interfere fishing binding populated outraged dramatically
confrontations inclusive caution confusing viewing empathy reacting weaknesses budgets hikes gesture regulator unnoticed
eating sensitivity dismal inroads receptive leak floors ineligible deliberate looms silent temper tent geopolitical
dismiss sexting developments pitting newfound entity provisional arsenal statehood hourly dent mistrust spectacle freeze
ushered cellphones globally shelter sober jockeying pursuit indirectly jihadist farms planted evolving sand swaths acre
adjustments amassed electricity highlights depriving deprive teams lure identities granting singled checked furor
devices accessible ritual posing courting constructive grandfather discontent interventionist divorced boutiques
quarterly appetite reined cooperate ammunition presided fading visceral reckoning offset prisoner relate broaden
wherever flaws capitalist chest feature trucks ton fuels efficient cleaner permits clearer precedents lens lightning
solar recover shocks transformation bets blasts oversees execute supplies surviving identification shaping shore sheet
interaction negotiation setback peer sufficient calculated fleet stamp painted feared incumbents superior peacefully
salary underscoring earliest permit sells rebuke unsuccessful originated preparedness improper certificate stereotypes
scares lucrative nears gaming creates crackdown marched steam legislators disapproval plaintiffs gallons bind negotiator
educational shakeup slated guessing rolls undeclared contents anonymous stalled walks prohibit forums convened plight
modified located lopsided historian plurality heroes lively freewheeling yielded gaze epic etc bathrooms respective
empower felons spree outlet gunfire rethink straw disturbing proudly joy administered examined occasion flung firsthand
uprising gridlock ass farmers tag waged consulate credited conflicted boldly routine regards blessed grateful inserted
coined drum whatsoever condolences shotgun gear chipping happily distract taping paused flowed overturned undermines
yell sensible labeling federally screwed vigor drafted strictly upbeat stages animals withering useless cent admirable
commercials animated technique inhumane waging vicious teleprompter fliers reasonably pure seasoned adequately stumbled
electable bite rowdy cracking doubted allocated nonsense affluent bullets dipped inciting falsely critically rebound
unifier louder lagging overtaking cookies topped swipe brokers periodically descriptions solicit dissatisfaction
commentator administrator eat gentlemen cousin nurse distinguish heckler showings overhead rows scoring reassuring
advertisements leftist principled laser practiced spanking tremendously refer embodied fraudulent anniversary recording
yanked backward resume accusation reserves gatherings acutely steer endured unsure charging anointed illegals sanctuary
felony consummate distanced ears seeds scorn reversal overreach suing bullying bullied cordial agreeing burst marching
messy fool incorrect automatically testify rebuked stamps ring reactions balloons heaven titles exceedingly concede
untrue totaling legalized secular dictators installed tournament bombastic turbulent parallels droves alienated
proponents iconic coach rapist vacancy similarities flap strode assertions advisor outfit disruption blared sync
thrilled repealing affirming neutrality tolerate reconciliation contrasting evenhanded flooded deadliest adept
responsibilities faction deepest involve productive propose stumping demeanor adverse fits gentleman perspectives
patterns cream correctly lapses akin sheets thrive polluting adherence knee announcements offs isolationist regulating
excesses yellow fabricated homicides punched senseless width brink artificial incentives antipathy overshadowed shutdown
suspension muted realization spat searches restored distressed comedy blond amplify ominous surpassing yields app repair
emblematic rift suburb advancing clips excite transformative phenomenon independently swagger knocking geography
objections naturalization restricted unnecessary tenuous considerably surprises averages infected issuing pivoted
publication atmosphere dispel achieving whipping invoking embedded bona volunteered trades purely discourage diminish
tighter finishes deflect shaky anomaly weekends fascism ravaged identical upfront atrocities blanket drowned plummeted
eclipse vitriol xenophobia wasting championing definitive capped implementation dismissive bigot marchers deregulation
defenders predatory authentic empowering confirmations delayed functioning specializes solidify brass authored
unfortunate strategically recognizing bloody displaced seizing protested shame retirees correlation overlap periods
limitations reflective distribution belongs moaning keen feminist displaying peddling maintaining nephew airline
photographer rebut lifting mini tanks bombs fold missiles flourish territorial trajectory prospective predecessors taste
socially dies alluding resurgence singing providers interim breaches stemming difficulties inherent swiftly protestors
newcomers accelerate precarious communicating exceed misconduct pizza bottles exempt wreck hinted resettlement
supplement expired taped intensified lashed embattled circles clarify enable leans biographies operational hierarchy
donating containment evolution bulwark envoy helicopters deploying punitive backgrounds ticked inherited bleak demurred
finalized marijuana legalization lays reluctance ineffective builds replacing expands derisively tastes consecutive pin
residential terrain racing permitted headaches troubles portfolio bonds buyer compensation bonuses mainland bids rooms
promotion fabric integrate automatic traditions enormously marry unsolicited item hypocritical upbringing dance guarded
toughness upended reversing seating bedroom breath inversion combine toughest extramarital uttered admiration seldom ate
boutique mergers vulnerabilities networking courthouse innovation mounted assessments gasoline mild remembers swap
civilians faded fractious elder upend disruptive passions movies echoes earns loopholes scrambled complexity hurdle
derail speculated guidance ample heartland inequities drivers candid coalescing scary advertised caps shrink fronts
gallon heating efficiency durable tallied brutality replicate legacies traders discretion discount prominently
acceptable affecting vein teamed deploy ballistic technological centerpiece grit noise grandmother sole structured murky
pronounced dogged defender famed reorganization shedding random advertisers shorter employing halted magnitude wording
monitors planks searing easiest academics makeup bristled debut awareness safely disobedience demonstrations fashioned
minimal flash counterpart plagued trap loudest animating crumbling freedoms stocks minimize jarring rewarding conscious
covers deposition verbal physician chorus reinstating bashing adopting touches consequence improbable lap pound grind
fondness rousing designated waiver hiding generators blowback peaked dictatorship waivers venues musical barn editorials
nickname plausible mishandled setup humbling concession heels dysfunction discomfort segments litigation mathematically
unfold gaffe informing bounds compliance distrust prosecuting witnesses congratulate secretly traced discredit
thereafter convey contemplate directions convert onetime inflicted cement nukes ruined wounds regain worded flooding
tossed voluntarily affidavit bluster undercard exploding instinctive guts precisely thereby matching boat snarky
checkers consolidated methodically pleading defendant twenty clerks naturally terrifying knit badge halfway counseling
tongue lashing discrediting ideally incarceration goodbye defenses deepen transforming nominal enamored crop matches
rocket propelled scattered afterwards arose spontaneous sucks lags administrative bags compliment philanthropist cuff
casual banner coffers blast engraved applaud lectures regulate unilateral inception intimidation remembering punctuated
thumbs tragedies disregard clarified blowing disdain differs centuries comprise debater album awaited captive
battlefield shelves defied muddled freshman stirred dumping pouring swipes takeaway readiness talented stubborn logical
discredited prescriptions subpoena enforcer pie sample jointly bail reforming ignores congratulating screens upsets
singularly instrument electability conceding poorer junior incite funeral respectful kicking riding chiefly roared feeds
competed enact mockery grave hostage stare ashamed clarifying uplifting wagon obscurity worn snapshot bless stall
exchanged quintet cried capturing gilded ceilings marred appreciates concentrated prioritize constituents clutch
groundbreaking therapeutic therapy harness indefinitely staged unloaded dogs uniquely crosses haired escorted
confrontational downplayed delivers inconvenient regulators swinging boroughs beamed appreciated travels orientation
trustworthiness misguided narrowing bracing fearful mechanism disenfranchised paltry exercising entertainer athletes
reciting perilous traitors assurances figuring denounce appalling competitor dunk commanders coherent rational throated
withholding unfolded gotta footing outsourcing outsourced shaming manufacturer barnstorming connecting hacker loaded
mourning spite converted airplane reopened marker promotes grueling hailed battered crowned booked commenting
embarrassed disqualify miracle unmistakable fade thumping ovation climbed mask disrupted license inclusion champions
defund fertile rewards foe smoking manipulation manipulating confuse thoroughly errors birthday benefiting roiled sour
reader indicating cherry contradiction sexually explosion monument ecosystem upward paints enclaves abilities
unaccompanied husbands entitlement cope expenditures unanimously sub tips informal databases chart impacted victimized
padding paychecks premiums prelude separating discriminate supremacist nationalism tops misspoke takedown revisit slew
abrupt pervasive instant retaliation newsletter shoving drink bigoted intellectuals uninsured staggering preserving
severely perpetual resounding spiked listeners solidified volunteering sanctioned tearing certified valid preferences
immune deficiencies intersection accuracy uniform patients disorder mandatory constitutes memorized nuts parking dying
trillions quagmire centrists reshape worldview historians hardline wielding hailing fides dirt implicit unionized
deliberations rigorous pitches disbelief unsustainable proposes nearing uncommon shortcomings assumes predicated
dividends collapsing defying sovereignty resettle expel safeguards sights homosexuality surfaced bested tinged
distracted naturalized selfish obscured fringes unfounded incompatible converting depends mantra exacerbated proving
meltdown nationalists exceptional produces reaffirmed jurist alternate apparatus ticking vacant boon preliminary prompt
owes philosophical representation equation strides ironic adversary faculty predominantly nuanced dimensions vendors
metric benchmarks permanently nagging unarmed thwarted passengers completing logged forgive formerly goodness
pronouncements entrepreneurs textbook arguably equate obstruction dry gunman acquire makeshift bisexual purchased
availability creative stifling greatness enjoying stripped ugliness palpable bow interns sparking printing safest boom
acquiesced markedly punishment intrusions lax evade decreased offend promptly taco generational taker pretending
shattered spawned revelers ratcheted broadening siblings fearing buoyed humble tipping plowed thriller literature
shipping vehemently firepower bypass begged bragging discounted fodder accords dictated alliances soured routes euphoria
assertive consent abuses betrayal ideal breakthroughs exceeded jobless acceleration tortured squeezed ambush collapsed
landlines unfolding pivoting unconventional bloodshed remake tightening travelers familiarity oust contrasted confer
wealthier instinct satisfy vigilant dueling flee fairways extremes openings keenly operates supplied separated lucky
fixed ubiquitous purchasing editions loom repayment stack delaying creditors toothless pornography weakening integrating
strife belies alienation rooted behaviors fish layer reassure nerve tickets portrait somber prefers floated
sensitivities sphere careers extraordinarily pursues bitterly debunked stronghold counterterrorism revised flanked
toasts tricky contend residency confusion semblance ardent penchant girlfriend patriarch fraternity illustration
aviation raced mortar shops advises acquisitions meandered gravity staffs bureaucracy accumulated raiser consolidating
tasks malaise exasperated sealed unsettled supervised travails enduring profoundly summon restrained practicing injects
output attributable withdrew calculus admirers statesman yawning triple countered rejects tilt countless forge dismissal
antics zeroing outweighs constrained suspensions profiles adhere embraces charisma vivid angrily cartels seas slave
shaken patience dismay reset narrowed breadth faltered capability exited intensive presumptively docket retailer
cherished lectured exceptionally damages perpetuate firebrand doubles intensification fervent printed colorful deserved
disorderly disruptions precedes unwanted cellphone remarkably regretted balancing tackling appending tacking
unsuccessfully attached gradual cracked chunks maximize downward nativist powerhouse specialists batches eyeing pocketed
unprepared slipping passports overwhelmed detrimental flattering departing admittedly dictate presentation terminated
pitched branch railing temperature contends groundwork ois renewables airplanes lifestyle toilet parked retrospect
eroding pockets staunch upgraded tarnish anonymously galvanizing seminar retiring composed procedural outsource oversaw
baggage terribly mistaken administrators untrustworthy aggravated brands booth mines muscular arming subjected plainly
obstacles calculating adjust mystery highways wrestling lows brace leeway spill marches gearing ride probing vary
thrived custom unconstitutional explore niche themed allegation blistering readily borrowed retiree disingenuous hunt
guided passages headache paranoid bedrock regulatory smallest inject yen dumped flips hardened reprimanded facilitate
leanings void loyalists reopen unraveled belonging cache queries examining clapping staffing combative adamant gaffes
undisclosed quell peppered prohibitive innovative unpaid storage smooth proxy indefinite classroom enforcing
acknowledges unprompted thick habits rash aback quoting nearest runoff pothole mayoral coveted weather invented
standardized negotiators nuances reinforced cancel cramped hype subsidies relocate imminent spectacular mused lapse feds
hydrogen designs modeling unaligned endorsers mailers distribute scam stickers forwarded caveat classify convenience
irritated blowout thorough offshore chairmen gigantic extensively tape scuttle trickle crafted theoretical huddled
robocall vigorous dismisses consulted sometime radicalization veto input affordability unpledged beneficial coordinator
loop romp objection evils statutes essence statute speculate descended dishonest drinks sworn blames journey youngest
hyper faked authenticity undercover intentionally poison counterattack improperly briefings eggs custody immigrated
grocery spoiler bureaucratic arrives leftward compounds buckle midday alleges steered preserved searched legalize
bellicose conducts shunned swamp oxygen overshadowing reap seekers countrymen smoke hater nondisclosure parental solved
edhenry imagination surefire tempting illustrate indicator legislatures button chambers assign monster bout robberies
reformed insane cliff ridicule ranges smear worship accuse barred accommodate infringing excerpts sentencing deceive
poles radius recess blank delighted finest sweat thugs scenarios hugged destined external garbage bellwether outnumber
shooters transpired forthcoming raid lonely coverup disgust unhinged outlandish producer canceling personalities butts
characteristics embody undivided internationally newest pragmatist dust toss outdoor overtaken hunting ripe seriousness
tightly parishioners stressing constraints limitation gravely supermarket obsessed blatant belligerent wives boxes
unites premises blocs wings humor whisper rhetorically snagged knowingly spreads accepts artful arbitrarily descend
festival insurgents warehouse erupting mulling pleasing succeeding pathetic folded stroke kickoff indirect hers
expletive reviving peanuts crap doubling intensifying hallmark refrained recites emblem pragmatism subpoenas warrant
profiled positively probability defection ailing disagreed pains predicts slid billed cheese beers plastic mattered
yelling resonating eked nods fend trumpeting draped cafeteria ensured grain cowboy chandeliers artist afloat applauding
lightweight teeth opportunist neglected outsized embassies meal mentally addicted huh awe widened hunger derailing
percentages mobilized defeats decrying flocked agricultural lend owing newcomer tracked unyielding radically bigots
campaigner wrest interviewer explode fanned biomedical penalties embryos diseases prohibits rope oral telenovela fracas
colors rebellious counterweight moderated professionalism misdemeanor forcibly bruised lurch manufactured fracturing
pulls glide ultra prevailing bounce tumultuous convoluted dare sovereign slight lovers pathological narcissistic
psychopath overt rubbing lifetimes defunct tenor countervailing slaying blizzard clever betray reassured misunderstood
framework positioning ignorance disrespectful torn unification stunned discord tamping infighting swath holdouts
impeachment restroom escaped holdings conditioners relocated imported devolved witch beings grieving congregation
generosity homage strive ideals itching worrisome digs bathed lighting resistant aided surrendering handing wallets
informally governed quest disgruntled espoused disaffected stagnation spearheaded tribe litigated consistency tacit
props equivocation garnering roar flock caustic chant leaned rubber robots popping defunding plates diminishing
steadfast pleas vendetta thankful interactive angst capricious curiosity limelight films theorist surround settling
presume imperiled clicks clue behave obesity dereliction distorted chained abused robbery airtime reboot disappear
autobiography exams syllabus wasteful supplemented outweigh recipient attendee reinstate developmental occurrence
tedcruz floating float futile weaken approving habit postponing accomplishing expiring duration persecution
misunderstanding stumped cloud deeds installment sobering oneself stretched wrongly galvanize loomed leveled vendor
injunction misrepresenting shortage overlook stunt psychiatrist doling pessimism slowdown fostering frozen pants
standoff reprimand illness surgery poisoning revenge showman boundaries simmering crusade brushes guaranteeing
catastrophe occupying dug fated token ignited lion consuming immensely hop cleaning erode triggered inflection fitting
bait blowhard closeness reasoning suitable stretches contacting raw anticipating apt caveats boosted tallies illustrates
predictive cues exposing unbelievable mosquitoes churches traffickers offenders medication shakes incomplete rails jab
outline onus sucking dictum stared rescued conquest pressured scorched slashing enthusiasts weakest brainchild digging
identifies ratified hearted childish captains frequency fortitude encompasses entails orbit faithful chunk overtly slurs
intimidate legitimacy constitute distaste tsk rambling promotional wine heralded refoulement sufficiently transferring
laments generic evasive bravado contraception amazed embroiled sewed capitalized spam fatigue breached proportionality
reacts demagogue unapologetic assails reveling marketplace heeled campuses placards automobile telecom soared
collectively misled debacle ladder shrewd subprime envision flames introduces inspiration undoubtedly confidently
ambition prestigious unearthed afflicted purchases premised confirming delays vacancies emergencies translating protects
uproar requesting shout consciousness geographically persons ships depended hypocrisy exceeds bordering softer
nonprobability biases variables objectives marginal systematically forecasts intricacies affiliations shutting cemented
handgun owning provoke furthering capitals chiding rude crashed stationed mourn devastated passenger mercy outgoing
freelance accompanying scholar engagements emphasizes townhall startled unravel denunciation entrepreneurial treaties
coordinates flashpoint exercises isolate witnessing waterway jurisdiction awkwardly irrelevant tangible reviled
viewpoint criticizes stalwart sigh shrug watches staple marginalized racists tenet href coordination continually
laughter saturation moniker metaphor hawks contradicting conflicting speculative accessed intruders infamously defer
validity notwithstanding volumes whistle mall dodging leaking homicide littered caregivers applications screened vet
chaired bragged engineered interference rung sacrificed viciously sacrifices structures teenagers priest anthropologist
format incarnation feuding payback hammering liking mutually kills subjects component ousted beneficiary unfinished
numbering lasted selfies reneging indispensable transitional clinging convergence fulfilling agendas forged belatedly
extradition defy loyalties dual welcomes hardship devastation lands erupt upswing stoked retreat quip postpone hastily
disconnect chemistry stays overarching overflow fore thrust gate namo snap articulating eradicate adjective outsize
variations acute burdens grafted tinkering creeping swarmed vagaries dotted seed zoning amenities mowing correction
initiation memberships foresee offerings clubhouse weed refundable standpoint misstated subsidized repay accountant
defaults withhold flowing extending collaborated foundations consists contended governmental collaboration technologists
versions insert trickier cyberspace natives societies poorest persist misses pork unreported mitigate documentation
communicated schmoozing grin encounters timed watershed acronym aloud fortified alternately veered biting jerk gunned
clandestine affiliates deployments withdrawing cater boardroom consternation slowed culprit demonstrates fictitious
overtures golfer reinforces solo intern harassed disparaged nowadays messenger alcoholic aura impatient handsome
appreciation jeered beef crews opined motivating afoul balloon collaborative methodical pulpit broadcasts bumper choked
gloomy starkly disparate pessimistic sailors boats weakened fantasy gossip tabs burying intellectually heyday gasp
dignified familial diaspora deference raft analyses worthwhile sleeper magnetism polished perfunctory flashes healthier
smiles unease gentle sing tariff defect outcomes dwelled elective pep fascination inevitability bearers heroine
notoriously unsafe widen smiled relatable grievances dresses ink accurately overhauling mirage intensify eclipsed
prohibited smartphone flirted gleefully fortunate rocked trapped sharper unorthodox misjudged strongman dysfunctional
knack irresistible indigenous diagnosed structural magnanimous revealing scorned sustain hazardous gestures wishful
underestimating sane crisscrossed underwater provincial switched flagging provinces gases barrel producers validate
regaining hint receded nonwhites pent materialized depicting recurring animosity straighten mirrored entourage
aggression harshly fixture scrutinize shove interruptions stumble backfired sow condone scratch quixotic crusader butter
gadfly bailed coalitions legislating offsetting sagging feat peasants slowing liberalization hitch sectors
unconscionable pension spiral rainy hires averaging impractical footprint consolidation relaxed ditch nationalities
influx subway murderous arrangements stricter strengthening impressions experiencing interpret slower eagerness spouses
adoring commodity philanthropy noon sharpens boiled navigate architect prevails antagonist newsrooms schadenfreude
stubbornly inundated distinctive simulations daylong apples disciplined tightened wheelhouse pitching recast bluntly
unrelenting debilitating analyzing grid toy fixtures crisscross flown fizzled delicate revered financiers oriented
connects jeans skewed merchandise facto honing lagged apologies disconnected beaches detours invoke facet bundlers
raisers wield profitable pivots staples premiere windfall revitalizing reliant morale adjusted projection unchanged
provoked nonprofits anticipation sensibilities blazing poisonous intrigued maverick wrapping controlling culturally
overcapacity glut distorting cutbacks warmly overpromise shoulder reinvented devotion contradictions idealism warmth
misconstrued incapable redirected luncheon whirl recourse erosion slap lesbians tolerant rainbow stoking explosives
studying religions titans buyers prolific enabling absorb disastrously contingent compiling valuations internationalist
skinned corridor duo perch laundry exposes undue reconcile sheer coloring hesitant republish cybersecurity
undergraduates histories pile lender evaporated mates crippling nevertheless birtherism ports censorship verge
reiterating cooperating tempered chimed currencies sponsorship individually encouragement gentrification oblivion hopped
sacred suburbs abusive facilitated survival renewal spectacularly owed
`
    .trim()
    .split(/\s+/),
);
