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
`));
