/**
 * Common English words, lower case: a capitalised form of one of these at the start of a
 * sentence or inside an unknown capitalised sequence is a headline or title word ("World Cup",
 * "Human Rights"), not a name. About 2963 words ranked by how often news prose uses them
 * in lower case (word counts only: generated from lower-case word frequencies of US political news,
 * dropping words that are mostly capitalised mid-sentence and the given names of given-names.ts).
 */
export const COMMON_WORDS = new Set(
  `
said with his has was have who not from her about campaign would she will more their had but been than one people you
out were which all him what also presidential voters can after over percent candidate other like could time some there
them most former support its into year primary going just political because last against first those think our even now
many say years election how country did candidates make get made before vote week where any win should much very debate
race says told nominee delegates while back way during won million among both called nomination want well know being
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
crisis threat cases hope polling aides choice stand politicians wasn means happen showing reason percentage similar
local wanted endorsement views organization tough base sign focused author cast growing elections battle supported
progressive sense live certain building argued takes laws shooting ways tried else increasingly seems wage total longer
mean self raising difficult remains industry rates shot everything met rise declined accused whom cannot employees
answer problems language actions audience probably provide concerns ads turnout happened following force killed quickly
instead tweeted illegal speeches everyone average repeatedly seeking claim popular ask example reports fundraising
appeal margin born sought include saw entering certainly cut challenge approach push seven cost success share love
rhetoric series access adding step involved statements criticized common legislation rate hasn hour risk online publicly
reporter growth civil giving critical thousands compared path simply winner conducted nuclear hand proposed summer
remain electorate debt events opposition relationship soon proposal estate son beyond changes herself previously ready
powerful students market forward responded offer included interviews energy offered served population although decided
donations works provided backed supporter wouldn banks experts minimum hands room backing endorse corporate favor trail
taxes fear itself true defeat appears stay leads includes debates advantage agreed strategist gay previous advisers
increase friend voice businessman respond opposed survey non goes gets result registered influence believes funding
serious positions poor test professor politically messages hundreds perhaps forces hit death rallies becoming reform
thinks ideas hear standing fellow radical followed largest independent interests longtime request religious near facing
gone mind strength declared considered reality continues age beginning rest willing closed consider signed appear
decisions passed lose immediately meet parents ended argument mainstream female impact leaving figure career beat
daughter above follow create remaining senators created claims read whole spend radio holding letter terms costs
investment entire referring dozen return moving bit agree documents heart loss built pick pressure ultimately break tone
larger conversation knows attempt playing aren protect issued floor particular brought nominating heard values positive
aide racist exactly style background game concern safe victims related status pointed lawsuit contrast benefits reach
page changed joined shift weekend seem opinion wing hopes appearance played lines courses explained weapons terrorists
directly clearly putting opening ones direct material filed campaigning roughly phone secure pass enforcement period
schools newspaper credit worse difference quite prevent lawmakers bigger pretty closer posted undocumented defend
activists critics ability fighting overall stake faces visit acknowledged resources moved begin looked sort individuals
hearing opponent traditional nine deals incident source fired trust reasons somebody student subject founder expressed
lack communities none favorite negative respect asking swing additional goal named refused finally situation faced huge
deep delivered victories mogul fair guns meant discuss expect familiar season published died image worth measures
organizations ties alone attacking allowed attacked ran represents coal rising charge marriage unions cause track serve
amount felt throughout everybody responsible minutes scheduled mistake note widely approval website currently proposals
finish mention date strongly standard technology rich region era minute fire anger losing prominent evening shown talked
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
suggests introduced crowds independents learn narrow whites losses file driven spoken couple numerous consequences per
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
miles accepting dealing usual expansion grown beating discrimination insults handle covered task projects frustrated
estimated stakes aware elite actor careful calendar systems type audiences acknowledge birther significantly reduce
complicated organizing defending refusal sat totally foot doors lawyers initially sweeping prefer champion ethanol
representing finds variety regulation regulations regular defeated considering fill perfect aside visited questioning
diverse enormous ideology commanding telephone keeps locked unfair congressman briefly assured suspended pace elites
temperament intent blasted extent targeting nonprofit text protests link topic ranks expensive owner ordered volunteers
nominated users genuine sanctions loans privately tremendous consensus solid digits exposed contained memo myself honor
recognized favors narrative delay chose rare fierce reference challenged chances picking range slow crazy opposing
devoted trusted maintained delivering unify sites flag superdelegate pressed walked staying buying rigged blamed chaos
understanding obviously requested controlled flip authorities male session neither intense surveys advanced meaning
articles lawsuits margins nightclub payments industrial factory personnel activity blow openly fiscal controls basically
opposite surrogate enemies zone feels massacre testimony addressing unable involving competing outlets station criminals
amounts serial endorsing tougher provisions findings minds http returning earning cares fourth surprising fix married
dinner affect fresh options suggestion promoting treat sponsored aggressively requires insist operatives organized
property plenty missing substantial dozens bold surrogates commercial hostile invited assistance computer widespread
actual food worker investor production lists serves marked contract investigators agreements posts falling testing gonna
enemy estimates fly solution trial basic observers lay harsh appointed echoed attendees hitting players demonstrate
donated tweeting videos eye listed frequently badly anymore institutions draft removed housing stem counsel filings
complained hardly thirds shifted earn seemingly follows hadn clinch protester primarily homes apply speakers strongest
developer whoever disclosure combined threatened challenger touch persuade abortions conclusion demands restrictions
recognition pre mails extremist makers updated fairly timestamp negotiations tool apart murder travel bomb steel route
succeed overhaul player defined mix likes shifting guess firearms thus expanding fundraiser valuable racism progressives
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
charity guest flying attempted feelings everywhere literally differently display ambitious lesson prior explanation
chairwoman missed adults topics owns formal remark tomorrow stark parade corner survive consistently graduate ranging
sits conservatism established belief stupid exists listening attending breakfast walls extended traded optimistic
compelling columnist tweets loan highlighting thrown fueled celebrated quarters incomes ends location disaster resort
appearing celebrating invested rent scores specifics declaring conferences banning handed knock featured requirements
improved rattled winners bought denouncing camera willingness factor appealing rape scared boss suit provision perceived
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
entrepreneur risen surrounding
`
    .trim()
    .split(/\s+/),
);
