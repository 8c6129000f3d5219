/**
 * Common given names across origins, lower case, split by the gender they usually carry.
 * Used as evidence that a capitalised word starts a person's name ("Andy Caddick"), and for
 * gender when the article gives no honorific or pronoun. Not exhaustive on purpose: unknown
 * two-word names are still found by shape; this list only adds evidence.
 */
const words = (s: string): string[] => s.trim().split(/\s+/);

export const MALE_GIVEN = new Set(words(`
aaron abdul abdullah abdel abu adam adrian ahmad ahmed ajay akira al alan albert alberto alejandro alessandro alex alexander alexandre
alexei alexey alfred ali alistair amir anatoly anders andre andrea andreas andrei andrew andy angelo anthony antoine anton antonio arjuna
arnold arthur ashok asif ayman barack barry ben benjamin benny bernard bernie bill billy bob bobby boris brad brandon brett brian bruce
bruno bryan carl carlos charles charlie chris christian christopher chuck clive colin craig dan daniel danny darren dave david dean
dennis derek dieter dmitry dmitri dominic don donald doug douglas duncan dylan ed eddie edward emmanuel enrique eric erik ernesto ethan
eugene evan fabio faisal felix fernando francesco francis francisco frank franz fred frederick gary gavin geoff geoffrey george gerald
gerard gerhard giorgio giovanni giuseppe glenn gordon graham greg gregory guillaume gustavo guy hamid hans harold harry hassan hector
heinz helmut henri henry herbert hiroshi horst howard hugh hugo hussein ian igor ibrahim imran ivan jack jacques jake james jamie jan
jason javier jean jeff jeffrey jens jeremy jerry jim jimmy joachim joe joel johan johann john johnny jon jonathan jorge jose josef joseph
josh joshua juan julian justin kamal karl keith ken kenneth kevin khalid kim klaus kofi kurt kwame larry lars lee leo leon leonid leonardo
liam lloyd louis luc luca lucas luis luke malcolm manuel marc marcel marco marcus mario mark martin mason matt matthew maurice max
michael michel miguel mike mikhail mohamed mohammad mohammed muhammad nabil narendra nasser nathan neil nelson nicholas nick nicolas
nigel nikolai nikita noah norman oleg oliver omar oscar osman otto pablo patrick paul pavel pedro peter phil philip philippe pierre
rafael rahul rajesh ralph ramon randall randy raul ray raymond recep reza ricardo richard rick ricky rob robert roberto robin roger roman
ron ronald rudy rupert russell ryan salman sam samuel sandeep sanjay scott sean sebastian sergei sergey shinzo simon stanislav stefan
stephen steve steven stuart sunil tariq ted terry thomas tim timothy todd tom tomas tommy tony travis ulrich vadim valery viktor victor
vikram vincent vitaly vladimir volodymyr walter warren wayne werner william willie wolfgang xavier yasser yevgeny yitzhak yuri yusuf
zhang zoltan
abel abraham adolfo agustin aidan akbar alain alfonso alfredo ali allan alvaro amadou ambrose amos anand andres angus ansel
antonin ari armando arnaud arturo augusto avi axel azim baltasar bartholomew basil benedict benoit bernd bertrand bjorn blaise
boyd bradley brendan brent bronson bryce byron caleb calvin cameron cedric cesar chad chaim chen cheng chi christophe clarence
claude clement clifford clint cody conor conrad cornelius cosmin curtis cyril dale damian damien damon darius darryl darryn
davide dejan demetrius denis desmond diego dimitri dimitris dinesh dirk django domenico donovan dragan duane dwayne dwight
earl edgar edmund eduardo edwin egon elias elijah elliot emil emilio emre enzo erich ernest ernst esteban etienne eugenio ezra
fabian fabrice farid farouk fausto federico felipe ferdinand fidel filip florian floyd francois franco frederic fritz gabriel
gareth garry gaston gene geraint gerardo gerrit gianluca gianni gilbert gilles giorgos glen godfrey goran gregor guido gunnar
gunther hakan hamza harald hardy harvey heath heinrich hendrik herman hermann hideki hiro horace hubert humberto ignacio ilya
imre ioannis irfan isaac ismail ivo jacob jaime jakub jalal jamal janusz jared jasper javed jay jerome jesper jesse jesus jiri
joao joaquin jochen joey jonas jordan jorgen joseph jovan jules julio jurgen kai karim kazuo keiichi kenji kent khaled kiril
kirk klaus koji konstantin kostas krishna kristian kyle lamar lance laszlo laurent lawrence leander leandro lennart leroy lionel
lorenzo loren luciano ludwig luigi lyndon magnus mahmoud malik manfred mansour manuel marcello marek marian mariano marius markus
marlon marvin massimo mateo mathieu mats matthias maurizio maxim mehmet melvin micah michal mihai mikael mikel milan miles milos
mitchell mohsen moises morgan morris moshe murat mustafa nabil naveen neal ned nicola nils nolan norbert olaf olivier omar orlando
oswaldo owen pascal pasquale patrice per percy petr philipp pieter piotr pradeep quentin radek rafal rainer ralf ramesh ramiro
randall rashid raphael reggie reinhard remy rene reuben rex rhys ricardo rinaldo roberto rocco rod rodney rodrigo roland rolf
ronaldo rory ross ruben rudolf rui rustam saeed salim salvatore sami sandro santiago sasha saul scot sergio seth shane shaun
sheldon sidney silvio simone slobodan sonny spencer stan stanley stefano stelios sven tadeusz takeshi taras terence thabo
theo theodore thierry tiago tiger tobias toby tomasz tony trevor troy ugo umberto uwe valentin vasily vernon vicente viktor
vittorio vlad vojtech waleed wang wilhelm will willem wilson winston wojciech xi yannick yaroslav yoshi youssef yves zachary zdenek zoran
`));

export const FEMALE_GIVEN = new Set(words(`
agnes aisha alexandra alice alicia alison amanda amber amelia amy ana anastasia andrea angela angelina anita ann anna anne annette
annie antonia ashley audrey barbara beatrice betty beverly brenda bridget brigitte camilla carla carmen carol caroline catherine cecilia
charlotte chelsea cheryl chloe christina christine claire clara claudia cynthia daria deborah debbie denise diana diane donna doris
dorothy elena eleanor elisabeth elizabeth ella ellen elsa emily emma erica erin esther eva eve fatima fiona florence frances francesca
gabriela gabrielle gail gillian gina giulia grace greta hannah heather heidi helen helena hillary ines ingrid irene iris isabel isabella
jacqueline jane janet janice jasmine jean jennifer jessica jill joan joanna josephine joyce judith judy julia julie julianne justine
karen katarina kate katherine kathleen kathy katie kelly kim kimberly kirsten kristen laura lauren layla leah leila lena liliana linda
lisa liz louise lucia lucy ludmila lydia lynn madeleine margaret margarita maria marie marina marine marion martha mary maya megan
melania melanie melissa mia michelle mina miriam monica nadia nancy naomi natalia natalie natasha nicola nicole nina nora olga olivia
pamela patricia paula pauline penny rachel rebecca rita rosa rose ruth sabine sally samantha sandra sara sarah sharon sheila shirley
simone sofia sonia sophia sophie stephanie susan suzanne svetlana sylvia tamara tanya teresa theresa tina tracy ulrike ursula valentina
valerie vanessa vera veronica victoria virginia wendy yekaterina yulia yvonne zainab zoe
adriana agnieszka aida alejandra aleksandra alessandra alexis alina allison alma amalia amelie anais anastasiya angelique anika
anja annabel annika antje arantxa ariana ariel arlene astrid aurelie ayesha beata belinda benazir bettina bianca billie birgit
blanca bonnie brigitta brooke camila candace cara carina carmela carole cassandra catalina caterina celine chantal charity
charlene chiara christa christiane cindy clarissa claudine colette conchita connie constance corinne dagmar daisy dana daniela
danielle daphne dawn delia della dolores dominique dora edith edwina eileen elaine elena eliza ellie elke eloise elvira emilia
emma erika estelle eugenia evelyn fabienne farah felicity fernanda flavia gabriele genevieve georgia geraldine gertrude gisela
gloria gwen halima hanna harriet hattie hazel hedwig helga henrietta hilda hope ida ilse imelda indira inga irina isabelle
ivana jackie jana janine jeanne jenny jess joanne jocelyn johanna jolanta jordana josefina juanita judit julieta june justina
karin karla katalin katharina katja katrin kay keiko kerry kimberley kristina kumiko larissa laurence leona lila lilian lily
lindsay linnea lisbeth liv lois lorena lorraine louisa luana lucie luisa lynette mabel madonna magda magdalena maite malgorzata
mandy manuela mara marcela marguerite mariana marianne maribel marisa marta martina maryam mathilde matilda maureen maxine
mercedes meryl mildred milena mira mireille molly monika muriel nadine nancy nathalie nelly nia nicole noemi noreen norma
octavia odile olena oksana paola patrizia paulina pauline peggy petra philippa phyllis pia priscilla rania raquel regina renata
renee rhonda roberta rocio romina rosalind rosemary roxana ruby sabrina sadia salma sandrine serena sevda shannon shelley
sigrid silvia simona sina siobhan sonja stella susanne suzy sybil tabitha tania tatiana tatyana teri tessa thea tiffany tonya
tove ulla una valeria vanda verity vesna viola violet vivian wanda whitney wilma xenia yasmin yoko yolanda yvette zara zoya
`));
