/**
 * Common English words, lower case: a capitalised form of one of these at the start of a
 * sentence or inside an unknown capitalised sequence is a headline or title word ("World Cup",
 * "Human Rights"), not a name. 7019 words, the most frequent in lower case in news prose
 * (word counts only: generated from lower-case word frequencies of US political news,
 * dropping words that are mostly capitalised mid-sentence and the given names of given-names.ts).
 * The plural in -s of a listed word of four or more letters (not itself ending in s) is not
 * listed: both readers take it as listed (names.ts adds these plurals to its set, anonymous.ts
 * looks a plural up by its singular).
 *
 * Written sorted and front-coded, which keeps the extension bundle 23 kB smaller (59 kB of words
 * as 36 kB): a word that shares its first letters with the word before it starts with how many
 * it shares (1 to 9), then the rest: "aback 3ndon 7ed 7ing" is aback, abandon, abandoned,
 * abandoning. To add a word, put it in its sorted place and mend the next one's digit; a unit
 * test checks the list is sorted and each digit the longest shared beginning.
 */
export const COMMON_WORDS_PACKED = `
aback 3ndon 7ed 7ing 2iding 3lities 6y 2le 2oard 3lish 3rtion 3ut 3ve 2road 3upt 6ly 2sence 5t 6ee 3olute 8ly 4rb 3urd
2use 5d 4ive 1cademic 2celerate 9ed 9ion 4pt 6able 7nce 6ed 6ing 4ss 6ed 6ible 3ident 3ommodate 5panied 8ying 6lish
9hed 9hing 9hment 4rd 6ing 4unt 7ability 9le 8nt 7ed 3umulated 4racy 6te 8ly 4sation 5e 6d 5ing 2hieve 7d 7ment 6ing
2knowledge 9ged 9ging 2quiesced 5re 7d 5sitions 2re 3onym 2ted 3ing 4ons 4vated 5e 6ly 5ism 7t 6ties 7y 3or 3ress 3s
3ual 6ly 2ute 5ly 1damant 3pt 5ing 2d 3ed 3icted 6ion 4ng 4tion 8al 3ress 7ed 8s 7ing 2ept 3quate 8ly 2here 6nce
2jective 3ust 6ed 6ments 2ministered 8ration 9ative 9ator 4rable 6tion 5e 6rs 4ssion 4t 5ted 8ly 6ing 2opt 5ed 6es
5ing 6on 3ring 2s 2ult 2vance 7d 6ing 5tage 3ersaries 8y 6e 5tised 9ments 9rs 8ing 3ice 4se 6d 6r 5ing 5or 7y 3ocacy
6te 8d 7ing 1ffair 3ect 6ed 6ing 7on 3idavit 4liate 9d 8ion 4rm 6ative 6ing 3licted 4uent 3ord 6ability 2loat 2oul
2raid 2ter 5math 5noon 5ward 1gain 5st 2e 3d 3ncies 4da 4t 3s 2gravated 4ession 8ve 9ely 2ing 2o 2ree 5d 5ing 5ment
3icultural 1head 1id 3e 4d 2ling 2m 3ed 3ing 3s 2rcraft 3ed 3ing 3line 3plane 4orts 3strikes 3time 3waves 2sle 1kin
1larm 5ed 2beit 3um 2coholic 2ienate 8d 7ing 8on 5s 3gn 5ed 3ke 3ve 2l 3egation 5ed 7ly 6s 5iance 6ng 3iances 4es
3ocated 4w 5ed 5ing 3uding 3y 2most 2one 4g 5side 3ud 2ready 2so 2ter 5nate 9ly 8ive 3hough 3ogether 2ways 1massed
3zed 4ing 2bition 7us 3ush 2endments 4ities 2id 2munition 2nesty 2ong 3unt 6ed 2ple 4ify 1nalyses 6is 6t 5zing 2chor
2ger 5ed 3rily 4y 3st 2imals 5ted 6ing 4osity 2niversary 3ounce 8d 8ment 7ing 3ual 6ly 2ointed 3maly 3nymity 6ous 9ly
3ther 2swer 6ed 6ing 2tagonist 3hropologist 3i 4abortion 4cipated 9ing 9ion 5s 4pathy 4trust 2xieties 6y 4ous 2y 3body
3more 3one 3thing 4ime 3way 4here 1part 5ment 2ologies 7ze 9d 6y 2p 3alling 4ratus 5ent 8ly 3eal 6ing 5r 6ance 6ed
6ing 4nding 4tite 3laud 7ed 7ing 6se 4es 4icants 7tion 5ed 4y 3oint 7ed 8e 7ment 3reciate 9ed 9ion 4oach 8ed 9s 8ing
5priate 5val 6e 7d 6ing 5ximately 2t 1rbiter 5rarily 8y 2chitect 2dent 2ea 3n 2guably 4e 5d 4ing 4ment 2m 3ing 3s 2ose
3und 2ranged 7ment 4y 3est 6ed 3ival 5e 6d 5ing 2senal 2tful 3icles 5ulate 9ed 9ing 4ficial 4st 1shamed 2ide 2k 3ed
3ing 3s 2pect 3irations 2s 3ailed 6s 4ssination 4ult 7ed 3embled 7y 4rt 6ed 6ing 7on 7ve 4ss 6ment 4t 3ign 6ed 6ments
4st 6ance 3ociate 3uage 4me 6d 5ing 5ption 4rances 5e 6d 2ylum 1te 2hletes 2mosphere 2op 2rocities 2tached 5k 6ed 7rs
6ing 3empt 7ed 7ing 4nd 6ance 6ed 7e 6ing 5tion 3itude 3orneys 3ract 7ed 7ing 8ve 4ibutable 8ed 1uction 2dience 4o 2ra
2thentic 9ity 4or 6ed 6itarian 8ies 7zed 3ism 3obiography 4matic 9ally 5obile 1vailability 7le 2erage 6ing 2iation
2oid 5ed 5ing 1wait 5ed 3rd 5ed 4e 5ness 3y 2e 2ful 2kward 7ly babies 2ck 4ed 5r 4fired 4ground 4ing 4lash 4ward 2d
3ge 3ly 2g 3gage 3s 2il 4ed 4out 3t 2lance 7d 6ing 3ked 3l 4istic 4oon 5t 6ing 4room 2n 3d 3ker 4ing 4ruptcy 4s 3ned
5r 4ing 3s 2re 4ly 3gain 7ing 3n 4storming 3red 5l 4ier 5ng 3s 2se 4d 3hing 3ic 5ally 4s 3ketball 2tch 5es 3hed 4room
3tered 6y 4le 6d 6field 6ground 5ing 1eaches 3med 3rer 4ing 3t 4en 4ing 3utiful 2came 4use 3ome 5ing 2d 3rock 5om 2ef
3n 3rs 2fore 2gan 3ged 3in 5ning 3un 2half 4ve 5ior 3ind 3olden 2ing 2latedly 3ief 5s 5ve 7d 6ing 3licose 5gerent
4wether 3onging 6s 4w 2moaned 2nch 5mark 3eficial 9ry 6t 7ed 7ing 3t 2side 3t 4ed 2t 3ray 6al 6ed 3s 3ter 4ing 3ween
2yond 1ias 4ed 5s 2d 3ding 3s 2g 3ger 5st 3ot 5ed 5ry 2lled 4ion 7aire 4s 2nd 4ing 2o 3fuels 3graphies 8y 3medical
2partisan 2rth 5day 5er 7ism 2sexual 2t 3e 3ing 3ter 6ly 2zarre 1lah 3me 5d 4ing 3nk 5et 3red 3st 5ed 5ing 3tant 3zing
2eak 3eding 3ss 5ed 5ing 2istering 3zzard 2oc 4k 5ed 5ing 3g 3nd 3od 5shed 5y 3w 4back 4hard 4ing 4out 2ue 3ntly 3ster
1oard 5room 3st 5ed 3t 2dies 3y 2iled 3sterous 2ld 4ly 3ster 2mb 4astic 4er 4ing 2na 3ds 3uses 2oed 3ing 3k 4ed 3m
4ing 3n 3s 4t 5ed 5ing 3th 4s 2rder 6ing 3ing 3n 3oughs 3row 6ed 7rs 6ing 2ss 4es 2th 4er 6ed 3tles 4om 2ught 3nce 4d
5aries 3t 4ique 2w 2x 3es 3ing 2y 3cott 3s 1race 4ing 3gged 5ing 3in 5child 3nch 4d 3sh 4s 3vado 4e 2each 6ed 7s 4dth
4k 5fast 5ing 5throughs 4th 2idges 3ef 5ed 5ings 5ly 3ght 3lliant 3ng 5ing 4k 3stled 2oadcast 5en 7ing 6r 5ly 3ke 5n
5r 6ed 3ther 3ught 2uised 6s 5ing 3shed 6s 3tality 1ubble 2ck 4le 2dgets 2ild 5ing 4t 2lk 3lets 4ied 4y 5ing 3wark
2mper 2nch 3dlers 2oyed 2rden 3eaucracy 9tic 3ied 3n 4ed 4ing 3st 3ying 2s 3iness 8es 8man 3y 2t 3ter 4on 4s 2y 3er
3ing 3s 2zz 1ypass cable 2che 2feteria 2lculated 8ing 9on 6us 3endar 3l 4ed 4ing 3m 2me 4ra 3p 4aign 8ed 9r 8ing 4us
6es 2n 3cel 6ed 6ing 5r 3did 6acies 8y 7te 6ly 3not 2p 3abilities 9y 5le 4city 3ita 6lism 9t 8ze 9ed 7s 3ped 3ricious
3s 3tains 4ive 4ure 7d 6ing 2r 3bon 3d 3e 4d 4er 4ful 7ly 4givers 4less 8ness 3ing 3pet 3ried 6s 4ying 3s 3tel 3ve
2ses 3h 3ino 3t 4ing 3ual 2tastrophe 9hic 3ch 3egories 7y 4r 2ucus 6ed 7s 6goers 3ght 3se 5d 4ing 4tic 3tion 7ed 6us
2veat 1ease 2iling 2lebrate 9d 8ing 9on 6ities 8y 3l 4phone 2ment 6ed 2nsorship 3t 4ered 6piece 6s 4rist 4uries
2remony 3tain 7ly 7ty 4ificate 7ed 1hain 5ed 4red 5men 5s 5woman 3llenge 9d 9r 8ing 3mbers 4pion 8ed 8ing 3nce
4deliers 4ge 6d 5ing 4t 5ed 5ing 3os 4tic 3racter 9istic 9ized 4ge 6d 5ing 4isma 5table 6ies 4ming 4t 5er 3tter 2eap
5er 4ted 3ck 5ed 6rs 5ing 3er 5ed 5ing 4se 3mistry 3rished 4ry 3st 2iding 3ef 5ly 3ldhood 5ish 5ren 3med 3pping 2oice
3ked 3ose 5ing 3rus 3se 5n 2unk 3rches 1ircle 4ulating 5mstances 5s 2te 4d 3ies 4ng 4zen 7ship 2vil 5ian 1laim 5ed
5ing 3ndestine 3pping 3rified 6y 7ing 5ty 3sh 5ed 6s 4s 5es 5ification 8ed 7y 5room 2eaner 5ing 4r 5ance 5ed 6r 5ly
3rks 3ver 2ick 3ent 3ff 3mate 4bed 3nch 6ed 4ging 4ics 3p 2ock 3ning 3se 5d 5ly 5ness 5r 5st 4ing 4ures 3thes 5ing 3ud
4t 2ubhouse 4s 3e 3tch 1oach 3l 4esce 7ing 4itions 2de 2ffee 5rs 2herent 2in 4ed 2llaborated 9tion 9tive 5pse 8d 7ing
5r 4eague 5ct 7ed 7ing 8on 8ve 9ely 5ges 3orful 5ing 5s 3umn 6ist 2mbat 6ing 7ve 4ination 6e 7d 3e 4back 4dian 5y
3fort 7able 3ing 3manded 8r 7ing 4ent 7ary 8tor 7ed 7ing 5rcial 4it 6ment 6ted 8es 7ing 4odity 5n 4unicate 9ted 9ting
9tion 7ties 8y 3panies 6y 5rable 6e 7d 6ing 7son 5ssion 9nate 4elled 7ing 5nsation 5te 7d 7nce 8t 6ing 7tion 9ve 8or
4iled 6ing 4lain 8ed 8t 5ete 8d 8ly 7ing 6x 7ity 5iance 6cate 9ed 6ment 5y 4onent 5sed 5und 4rehensive 5ise 5omise 9ed
4uter 2ncede 7d 6ing 5ntrated 9tion 5pt 5rn 7ed 7ing 6t 5ssion 4iliatory 4lude 8d 6sion 4rete 3demn 7ed 7ing 4ition
9ers 4olences 5ne 4uct 7ed 7ing 3fer 6ence 4idence 8t 9ial 9iality 9ly 5nement 5rm 7ation 7ed 7ing 4lict 8ed 8ing
4ront 8ation 9tional 8ed 8ing 4use 7d 6ing 7on 3gratulate 9ated 9ating 9ations 5egation 6ssman 3nect 7ed 7ing 8on
3quest 3science 6ous 9ness 4ecutive 5nsus 6t 5quence 9tial 5rvatism 9ive 4ider 8able 9bly 9tion 8ed 8ing 5stency 9t
9tly 7s 4olidate 9ted 9ting 9tion 4piracy 4tant 8ly 5ernation 5ituencies 9ncy 9nts 8te 9ional 5rained 9ts 6uction 9ive
4ulate 6tant 7ed 7ing 5mers 6ing 6mate 6ption 3tact 7ed 7ing 5in 7ed 7ing 7ment 4emplate 7orary 5nd 7ed 8r 6t 7ion 9us
5st 7ed 5xt 4ingent 6ually 8tion 7e 8d 7ing 4raception 7t 8or 6dict 9ting 9tion 6ry 6st 8ed 8ing 5ibute 9ed 9ing 9ion
9or 5ol 7led 8ing 6versial 9sies 9sy 3vened 6ience 6tional 9ns 5rgence 6sation 6t 7ed 7ing 5y 4icted 7ion 5nce 8d 7ing
4oluted 2okies 3l 3perate 8ing 3rdinate 9ed 9ion 9or 2pe 3ies 3y 2rdial 3n 4er 3porate 8ions 3rect 7ion 7ly 7ness
5lation 5spondence 4idor 4upt 7ion 2st 4ly 2uld 5n 3nsel 7ing 4t 5ed 6r 7attack 7ed 7part 7terrorism 7vailing 7weight
5ies 6ng 5less 5ries 6y 7men 3p 4le 6d 3rage 4se 4tesy 5house 5ing 5room 5s 3sin 2ver 5age 5ed 5ing 5up 4ted 2wboy 2zy
1rack 5down 5ed 5ing 3fted 3mped 3p 3sh 5ed 3zy 2eam 4te 6d 5ing 6on 6ve 3dentials 4ibility 6le 5t 6ed 6ors 3eping 3ws
2ied 3me 4inal 3ppling 3ses 4is 4scross 9sed 3teria 4ic 6al 8ly 6ism 7ze 9d 8ing 5que 2op 3ssed 6s 5ing 3wd 5ed 4ned
2ucial 3de 3mbling 3sade 7r 4h 5ed 2y 3stal 1ues 2ff 2lprit 3tural 8ly 6e 2rb 3e 3iosity 3rencies 7y 6t 7ly 2stody 5m
6er 2t 3backs 3off 3s 3ting 1yber 5security 6pace 2cle 2nical damage 6d 5ing 3n 2nce 3ger 6ous 2re 3k 2sh 2ta 4base 3e
4time 3ing 2ughter 3nting 2y 3light 4ong 3s 1ead 4liest 6ne 5ock 8ed 5y 3l 4ers 4ing 4t 3th 2bacle 4te 6d 6r
3ilitating 3t 3unked 4t 2cade 3eive 4nt 3ide 6d 7ly 5ing 4sion 6ve 8ly 3k 3laration 6e 7d 6ing 4ine 7d 6ing 3reased
4ied 4ying 2dicated 2eds 3med 3p 4en 5r 5st 4ly 2fault 3eat 6ed 6ing 4ct 6ion 4nd 6ant 6ed 7r 6ing 5ses 6ive 4r 5ence
3iant 4ciencies 6t 4ed 4ne 6d 5ing 6tely 7ion 8ve 3lect 3unct 5d 6ing 3y 4ing 2gree 2lay 5ed 5ing 3egate 7ion 4ted
3iberate 9ely 9ions 4cate 4ghted 4ver 7ed 7ing 2magogue 4nd 6ed 6ing 3eanor 3ise 3ographic 4nstrate 9ted 9ting 9tion
9tors 3urred 2nial 4ed 3ounce 8d 7ing 3t 3unciation 3y 4ing 2parting 6ments 6ure 3end 6ed 7nt 6ing 3icting 3loy 6ed
6ing 6ments 3ort 6ation 6ed 6ing 4sition 3rive 6ing 3th 2rail 6ing 3egulation 4liction 3ided 4sively 2scend 7ed 6t
4ribe 8d 7ing 6ption 3erve 7d 3ign 6ated 6ed 4re 3k 3perate 9ly 4ite 3tined 4roy 7ed 7ing 5uction 2tail 6ed 6ing 5ned
7es 3ect 4ntion 4r 5mination 8e 9d 8ing 3ours 3ractors 4imental 2vastated 8ing 9on 3elop 7ed 8r 7ing 7mental 9nts 3ice
3olved 4ted 5ion 1iagnosed 3l 3spora 2ctate 7d 6or 8ship 4um 2d 3n 2e 3d 3s 2ffer 6ed 7nce 8t 9ly 4icult 9ies 9y 2g
3ging 3it 5al 3nified 5ty 3s 2lemma 2mension 3inish 8ed 8ing 2ning 3ner 2oxide 2plomacy 7t 8ic 3ped 2re 4ct 6ed 6ion
6ly 6or 3t 2sabled 4dvantage 4ffected 4gree 8d 8ment 4ppear 9ed 9ing 6ointed 9ting 9tment 6roval 4rray 4ster 6rous
9sly 4vow 7ed 3belief 3cipline 9ed 4lose 8d 7ure 4omfort 5nnect 9ted 6tent 5rd 5unt 8ed 6rage 7se 5ver 8ed 8y 4redit
9ed 9ing 6tion 5iminate 9ation 9atory 4uss 7ed 7ing 8on 3dain 3eases 4nfranchised 3grace 5untled 4ust 7ing 3honest
3ingenuous 3like 7d 3mal 5ntle 5y 4iss 7al 7ed 8s 7ing 8ve 3obedience 4rder 8ly 3paraged 7te 5tched 4el 4laced 6y 7ed
7ing 4roportionate 9tionately 4ute 7d 3qualified 9y 9ying 3regard 5spect 9tful 4upt 7ed 7ion 8ve 3satisfaction 9ied
4ent 3tance 8d 6t 5ste 4inct 8ion 9ve 6guish 9shed 4orted 7ing 4ract 8ed 8ion 5essed 5ibute 9ed 9ion 6cts 5ust 4urbed
7ing 2tch 2verse 3ide 6d 6nds 5ing 4sion 6ve 3orce 7d 1ocket 3tor 3ument 8ary 9tion 8ed 2dging 2es 4n 2g 3ged 3s 2ing
2ling 3lar 2main 3estic 3inance 7t 6te 8d 7ing 2nate 6d 5ing 6on 3e 3or 2om 3r 2tted 2uble 6d 5ing 4t 5ed 2wn 4played
4town 5urn 4ward 2zen 1raft 5ed 5ing 3g 4ged 3ma 5tic 8ally 3ped 3stically 3w 4ing 4n 2eam 3ssed 6s 3w 2ink 5ing 3ve
5n 5r 4ing 2op 4ped 5ing 3ve 3wned 2ug 3m 2y 1ual 2bbed 3ious 2ck 2e 3ling 3s 2g 2mped 4ing 2nk 2o 2rable 4tion 3ing
2st 2ties 3y 1welled 1ying 2namic 4sty 2sfunction 9onal each 2ger 5ness 2r 3lier 6st 4y 3n 4ed 5rs 4ing 3s 2se 3ier
5st 4ly 3y 2t 3ing 1choed 5s 4ing 2lipse 7d 2onomic 8ally 7es 7st 6y 3system 1dge 4d 2henry 2itions 4orial 6s 2ucated
6ional 1ffect 6ive 9ly 3iciency 8t 3ort 1ggs 1ight 5h 2ther 1ked 1laborate 2der 5ly 2ect 5ability 7le 5ed 5ing 6on 6ve
5orate 5ricity 3ment 3vate 7d 2igibility 6le 3minate 9d 8ing 3te 2se 4where 1mail 5ed 2barrassed 9ing 9ment 4ssies
4ttled 3edded 3lem 6atic 3odied 5y 3race 7d 6ing 4oiled 4yos 2erge 6d 6nce 8ies 8y 5ing 2inent 3ssions 2otion 7al 9ly
2pathy 3hasis 7ze 9d 8ing 3loyed 7e 7r 6ing 6ment 3ower 7ing 3ty 1nable 6d 5ing 3ct 5ed 3mored 2claves 3ompasses
4unter 9ed 5rage 9d 9ment 8ing 3ryption 2d 3ed 3ing 3less 3orse 7d 7ment 7rs 6ing 3s 3ured 5ing 2emies 4y 3rgetic 5ize
8d 5y 2force 7ment 7r 6ing 2gage 6d 6ment 5ing 3ineer 8ed 3raved 2joy 5ed 5ing 2ormous 8ly 3ugh 2rollment 2sure 6d
5ing 2tails 3er 5ed 5ing 5tainer 9ment 3husiasm 9tic 9tically 9ts 3ire 6ly 4ties 5led 7ment 5y 3ourage 3rance
4epreneur 9eurial 4y 2vironment 9ntal 4sion 8ed 3oy 1pic 3demic 3sode 1qually 4te 5ion 3ipment 4ty 4valent 5ocation
1ra 3dicate 2ode 4ing 3sion 2ror 2upt 5ed 5ing 1scalated 7ing 4pe 6d 3orted 2pecially 3oused 2sence 5tial 9ly 2tablish
9ed 9ing 9ment 4te 3imate 8d 1tc 2hanol 3ical 5s 3nic 6ity 1uphoria 1vade 3ngelical 3porated 3sive 2en 4handed 4ing
4ly 4t 5ual 8ly 3r 4y 5body 5day 5one 5thing 5where 2ident 3l 2olution 4ving 1xacerbated 4t 5ly 3mined 6ing 4ple 4s
3sperated 2ceed 6ed 6ing 9ly 4llent 4pt 6ion 9al 9ally 4rpts 4sses 6ive 3hange 8d 3ite 6d 6ment 5ing 3lusive 9ly 3use
2ecute 6ive 3mpt 3rcise 7ing 2ile 3st 5ed 6nce 7tial 5ing 3t 4ed 2pand 6ed 6ing 5sion 3ect 6ation 6ed 6ing 4l
4nditures 5se 6ive 4rience 9ed 9ing 6ment 5t 6ise 3ired 5ing 3lain 7ed 7ing 5nation 4etive 4icitly 4ode 6ing 5it 7ed
5re 5sion 7ve 3orts 4se 6d 5ing 5ure 3ress 7ed 7ing 8on 2tend 6ed 6ing 5sion 7ve 9ly 5t 4rnal 3ra 5dition 5marital
5ordinarily 9nary 4eme 7ly 6ism 8t 1ye 3d 3ing 3s fabric 6ated 2ce 4d 4t 3ilitate 9ed 7ies 7y 4ng 3t 4ion 4o 5r 6ies
6y 3ulty 2de 4d 3ing 2il 4ed 4ing 4ure 3r 4ly 4ways 3th 5ful 2ke 4d 2ll 4en 4ing 4out 3se 5ly 3tered 2med 3ilial 7r
8ity 6es 5y 3ous 6ly 2n 3ned 3s 3tastic 6y 2r 3e 4d 3mers 4s 2scination 5sm 6t 3hion 7ed 3t 4er 2t 3al 5ly 3e 4d 3her
3igue 2ult 2vor 5ability 7le 8y 5ed 5ing 6te 1ear 4ed 4ful 4ing 3t 4ure 7d 6ing 2deral 7ly 3s 2e 3d 3l 4ing 3s 3t 2ll
4ow 3ons 5y 3t 2male 3inist 2nce 3d 2rtile 3vent 4or 2stival 2ud 4ing 2w 3er 1iction 5tious 2des 2eld 3rce 6ly 4y 2ght
5er 5ing 3ure 6d 5ing 2le 4d 3ibuster 4ng 3l 4ed 3m 2nal 5ized 5ly 4nce 7d 6ial 9ly 7ers 7ng 3d 4ing 3e 4st 3ger 3ish
6ed 7s 6ing 2re 4arm 4brand 4d 4power 4wall 5orks 3ing 3m 4ly 3st 5hand 2scal 3h 4ing 2t 3ness 3s 3ting 2ve 2x 3ed
3ing 3ture 2zzled 1lag 4ging 3mes 3nked 3p 3sh 5es 5point 3t 4tering 3wed 4s 2ed 3e 4ing 4t 3w 3xibility 2iers 3p 4ped
3rted 2oat 5ed 5ing 3ck 5ed 3od 5ed 5ing 4r 3urish 3w 4ed 5rs 4ing 4n 2ung 3rry 2y 3ing 1ocus 5ed 6s 5ing 2dder 2e 2ld
4ed 3ks 3low 6ed 7rs 6ing 2ndness 2od 3l 3t 4age 4ball 4ing 4print 4steps 2rce 5d 5ful 8ly 4ibly 5ng 3e 4cast 5losure
4front 4ign 7ers 4most 4see 4ver 3ge 5d 5t 4ive 4otten 3m 4al 6ly 5t 4ed 5r 6ly 4idable 4ula 3th 5coming 4ified 5tude
4unate 6e 3ums 3ward 7ed 2ssil 3tering 2ught 3ndations 5ed 6r 3r 4th 1racas 4king 4tion 7us 5ured 7ing 3me 5d 5work
3nkly 3ternity 3ud 5ulent 4ght 2ee 4d 5oms 4lance 5y 4wheeling 4ze 3quency 7t 8ly 3sh 5man 2iend 6ly 3nge 2om 3nt
5runner 3zen 2ustrated 8ion 1uel 4ed 4ing 2lfill 7ing 3l 4y 2n 3ction 8ing 3damental 9ally 4ed 4ing 4raiser 8ing 4s
3eral 3ny 2rious 3or 3ther 7ing 3y 2tile 3ure gadfly 2ffe 2in 4ed 4ing 2la 3lon 3vanize 9d 8ing 2mbling 3e 3ing 2p 3s
2rbage 3nered 6ing 2s 3es 3oline 3p 2te 3her 6ed 6ing 2ve 2y 3s 2ze 1ear 4ing 2neral 7ly 6te 8d 7ing 8on 9nal 7ors 5ic
5osity 6us 3ocide 3tle 6man 7en 4rification 3uine 2ographically 8y 3political 2sture 2t 3s 3ting 1iant 2ft 2gantic
2lded 2rlfriend 2ve 3ing 1lad 2eefully 2ide 3mpse 2obal 6ization 6ly 3omy 3ves 2ut 1oal 2ers 3s 2ing 2lfer 2ne 3na 2od
4bye 4ness 2ssip 2t 3ta 4en 2vern 6ed 6ing 6ment 9tal 6or 1rab 4bed 5ing 3de 4ual 7ly 6te 8d 7ion 3fted 3in
3ndchildren 5father 5mother 4ted 5ing 5s 3ppling 3sp 4s 5roots 3teful 3ve 5ly 4ity 2eater 6st 5ly 5ness 3ed 4nhouse 5s
4ted 3w 2id 4lock 3ef 4vances 5ing 3n 4d 3p 3t 2ocery 3und 6breaking 6work 4p 3w 4ing 4n 4th 2ueling 1uarantee 9d 9ing
4ded 5s 2bernatorial 2ess 5ing 4t 2idance 4e 5d 5lines 4ing 3lty 2n 3fire 3man 3ned 3s 2ts 2ys habit 2ck 4ed 5r 4ing
2d 3n 2iled 4ing 3r 4ed 2lf 4way 3lmark 4s 3t 4ed 2mmered 6ing 2nd 4ed 4ful 4gun 4ily 5ng 4le 6d 5ing 4some 3ging
2ppen 6ed 6ing 4ily 4y 2rassed 6ment 3d 4ened 5r 5st 4line 5y 4ship 3m 4ed 4ful 3ness 3sh 5ly 2s 3htag 3n 3tily 2t 3e
4r 3red 2ul 2ve 4n 3ing 2wkish 4s 2zardous 1ead 4ache 4ed 4ing 4line 4quarters 3l 4ing 4th 6care 6ier 6y 3r 4d 4ing 4t
5ed 5land 3t 4ed 4ing 3ven 4ily 4y 2ckler 2dge 2ed 3led 4s 2ight 6ened 3r 2ld 3icopters 3p 4ed 4ful 4ing 2r 3alded 3e
3itage 3o 4es 4ine 3s 4elf 2sitant 2yday 1idden 3ing 2erarchy 2gh 4er 5st 4light 9ed 9ing 5y 4way 2kes 2m 3self 2nt
4ed 2re 4d 3ing 2s 3torian 7c 8al 9lly 7es 6y 2t 3ch 3s 3ting 1old 4ing 4outs 3e 3iday 2mage 3e 4grown 4town 3icide
3osexuality 2nest 6y 3ing 3or 5ed 2p 3ed 4ful 7ly 4s 3ing 3ped 2rrible 5fic 4or 3se 2spitals 3t 4age 4ed 4ile 6ity 5ng
2tly 2ur 4ly 3sehold 5s 4ing 2w 3ever 1ref 1ttp 1ub 2ddled 2ge 3ged 2h 2manitarian 7y 3ble 5ing 3iliating 6ty 3or
2ndred 3g 4er 4ry 3t 4ing 2rdle 3t 4ing 2sband 1ydrogen 2pe 4r 3ocrisy 7tical 4thetical ice 2on 4ic 1dea 4l 5ism 5ly
3ntical 6fication 8ed 9s 7y 8ing 6ties 7y 3ological 9ally 7y 1gnited 3orance 7t 5e 6d 5ing 1llegal 7ly 3ness 3ustrate
9ion 1mage 4ination 6e 7d 2mediate 9ly 4nsely 3igrant 7ted 8ion 4nent 3une 5ity 2pact 6ed 4rtial 4ssioned 4tient
3eachment 4rative 5iled 3lement 9ation 9ed 4ication 6it 8ly 5ed 4y 5ing 3ort 6ance 8t 9ly 6ed 4se 6d 5ing 5sible
3ractical 4essed 7ion 8ve 4isoned 4obable 5mptu 5per 8ly 5ve 7d 7ments 6ing 1nability 3ccurate 4tion 3dequate
3ppropriate 2capable 4rceration 5nation 3endiary 5tive 4ption 4st 3ident 4te 5ing 3lination 6ed 4ude 7d 6ing 5sion 7ve
3ome 5ing 5patible 6etent 6lete 4nvenient 4rrect 3rease 8d 7ing 9gly 5dible 9y 5mental 3umbent 2deed 4finite 9ely
4pendent 9ntly 4x 3icate 8d 7ing 8on 7or 5tment 4genous 4rect 8ly 4spensable 4vidual 9lly 3ustrial 8es 7y 2effective
3ligible 3quality 5ities 3vitability 8le 9y 2famous 8ly 3ected 3ighting 4ltrated 3lammatory 5tion 4ection 4icted
4uence 9d 7tial 5x 3ormal 8ly 7tion 6ed 6ing 3rastructure 4inging 2herent 5ited 3umane 2itial 7ly 6tion 8ves 2ject
3unction 4red 2k 2ner 3ocent 4vation 8ve 2put 2quiries 6y 2roads 2sane 3ecure 7ity 4nsitive 4rt 6ed 3ide 6rs 4st 6ed
7nce 6ing 3piration 6e 7d 6ing 3talled 7ment 5nce 6t 4ead 4inct 8ive 5tutional 9ons 4ructed 6ment 3ufficient 4lt 6ing
4rance 5ers 5gent 5mountable 2tegrate 8ing 9on 6ity 4llectual 9ually 6igent 4nd 6ed 5se 6ification 9ed 8y 9ing 7ty 7ve
5t 6ion 9ally 4raction 9ve 5est 8ed 8ing 5fere 9nce 5im 5jected 5n 6al 7tionalist 9onally 6ment 5pret 9ation 9ed
5rogation 6upted 9ions 5section 5vene 8tion 9ionist 6iew 9ed 9er 3imidate 9ion 3o 3ricacies 5gued 4oduce 9d 8ing 8tion
4uders 5sions 2undated 2vasion 3ented 4rsion 4st 6ed 6igate 9ted 9ting 9tion 9tors 7ng 6ment 6or 3itation 5ed 5ing
3oke 6d 5ing 4lve 7d 7ment 6ing 1re 2onic 2relevant 4sistible 5ponsible 3itated 1sn 2olate 7d 6ionist 2sue 5d 4ing
1tching 2em 2s 3elf jab 2il 2rring 1eans 2ered 2opardy 2rk 2t 1ihad 5ist 1ob 3less 3s 2ckeying 2in 4ed 4ing 4tly 2ked
4s 3ing 6ly 2urnalist 5ey 2y 1udgement 5s 4ment 2mp 4ed 2nior 2risdiction 5t 3y 2st 4ices 5fication 7ed 6y keen 4ly 3p
4ing 2pt 2y 3note 1ick 4ed 4ing 4off 2d 3s 2ll 4ed 5r 4ing 2nd 2tchen 1nack 2ee 3w 2ife 3t 2ock 5ed 5ing 3w 4ing 7ly
4ledge 4n label 5ed 5ing 2ck 4ed 4ing 2dder 3ies 3y 2gged 4ing 3s 2id 2mbasted 3e 4nted 6s 2nd 4ed 4lines 4mark 4scape
5lide 3e 3guage 2p 3se 2rge 5ly 5r 5st 2ser 3hed 4ing 3t 4ed 4ing 2te 4ly 4r 4st 3ter 2ugh 5ed 5ing 5ter 3nch 6ed 6ing
4dry 2w 3maker 3s 4uit 3yer 2x 2y 3er 3ing 3offs 3s 1ead 4ers 7hip 4ing 3k 4ed 4ing 3n 4ed 4ing 3rn 5ed 5ing 3st 3ve
4ing 2ctured 7s 2d 2eway 2ft 4ist 4ward 2gacies 5y 4l 5ization 7e 8d 7ing 5ly 3endary 3islating 9on 9ve 8or 8ure
4timacy 8te 2nd 4er 4ing 3gth 6y 3s 3t 2sbian 3s 4er 4on 2t 3ter 4ing 2vel 5ed 4rage 3y 1iability 3r 2beral 7ization
5tarians 2cense 7d 2e 3d 3s 2fe 4long 4style 4time 3t 4ed 4ing 2ght 5ing 5ning 5weight 2kable 3e 4d 4lihood 5y 4ned
3ing 2melight 3it 5ation 5ed 5ing 2ne 4d 3gering 3ing 3k 4ed 4ing 2on 2sted 5n 6ed 7rs 6ing 4ing 4s 2t 3erally 6ture
3igated 7ion 3mus 3tered 4le 2ve 4d 4ly 3ing 1oaded 3n 2bbied 4y 5ing 6st 2cal 4ted 5ion 3ked 2gged 3ic 5al 2ne 4ly 3g
4er 5st 4standing 4time 2ok 4ed 4ing 3m 4ed 4ing 3p 4hole 3se 2psided 2se 4r 3ing 3s 4es 3t 2t 3s 2ud 4er 5st 4ly 2ve
4d 4rs 3ing 2w 3ering 4st 3s 2yal 5ists 5ties 6y 1uck 4y 3rative 2nch 5eon 2rch 3e 2xury 1ying machine 2d 3e 2gic
3nanimous 5te 4etism 4itude 2il 4ers 3n 4land 5y 4stream 4tain 8ed 8ing 5enance 2jor 5ities 7y 2ke 4r 4shift 4up 3ing
2laise 3e 3l 2n 3age 6d 6r 5ing 3date 7d 6ory 3euvering 3ipulating 9ion 3ner 3tle 4ra 3ufactured 9rer 9ring 3y 2p
2rathon 3ched 6rs 6s 5ing 3gin 6al 8ized 3ijuana 3ked 6ly 5r 5t 6ing 6place 4ing 4s 3red 4iage 5ed 4y 2sk 3sacre 4ive
3ter 2tch 5ed 6s 5ing 5up 3e 4rial 8ized 3h 4ematically 3ter 6ed 2verick 2ximize 5um 2ybe 3oral 5s 1eal 3n 4dered 4ing
7ful 4t 5ime 4while 3sure 7d 2chanism 2dia 4cation 2et 4ing 2ga 2ltdown 2mber 6ship 3o 4ir 4ries 6zed 5y 2n 3tal 6ly
4ion 7ed 7ing 2rchandise 4y 3e 4ly 3ger 3its 2ss 4age 4enger 4y 2t 3aphor 3hod 6ical 9lly 3ric 1icrophone 2d 3day
3night 3st 2ght 3rant 5tion 2ld 3e 3itant 6ry 3lion 2nd 4ed 3e 4rs 3i 4mal 5ize 5um 3or 5ities 3us 4te 2racle 4ge 3ed
3ror 6ed 2sconduct 6strued 3demeanor 3guided 3handled 8ing 3information 3judged 3leading 5d 3ogynist 3representing
3sed 5s 4iles 5ng 5on 4poke 4tated 5eps 3take 7n 4rust 3understanding 9tood 2tigate 2x 3ed 1oaning 2bilize 8d 2ck 4ed
5ry 4ing 2de 4l 5ing 4rate 8d 7or 5n 4st 3ified 2gul 2ld 2m 3ent 6ous 6um 2ney 3gering 3iker 4toring 7s 3ster 3th 5ly
3ument 2od 3n 2ral 5e 3e 3tar 4gage 2sque 5itoes 3t 4ly 2ther 3ion 4vated 7ing 2unted 5ing 3rn 5ing 3th 2ve 4d 4ment
3ie 4ng 2wing 1uch 2ddled 2lling 3ti 5national 5ple 2nicipal 2rder 6ed 6ous 3ky 2scle 4ular 3ed 3ic 5al 3t 2ted 3ual
6ly 1yself 3tery nagging 2med 3ing 3o 2rcissistic 3rative 6or 4ow 6ed 7r 6ing 6ly 2sty 2tion 6alism 9st 9ties 8ly 8s
6wide 4ve 5ist 3ural 7ization 9ed 7ly 5e 2vigate 1ear 4by 4est 4ing 4ly 2cessarily 8y 6ity 3k 2ed 4ed 4le 2gative
3lected 4igence 3otiable 7te 9d 8ing 9on 8or 2ighbor 8hood 8ing 3ther 2phew 2rve 4ous 2t 3work 7ing 2urosurgeon 3tral
7ity 2ver 5theless 2wcomer 3est 3found 3ly 3sletter 4paper 4rooms 2xt 1iche 3kname 2ght 5club 2ne 1obody 2d 3s 2ise
2minal 6te 8d 7ing 8on 5ee 2n 3disclosure 3e 4theless 3partisan 4robability 6fit 3sense 3white 2on 2r 3mal 6ly 4s 2se
2t 3able 6y 3e 4d 3hing 3ice 6d 4ng 4on 3oriously 3withstanding 2vel 2w 3adays 3here 1uanced 6s 2clear 2kes 2mber 6ing
3erous 2rse 2ts oath 1besity 2jection 7ve 2ligation 4vion 2scured 6ity 3ervation 6ed 7rs 4ssed 3tacle 4ruction 2tain
6ed 6ing 2vious 7ly 1ccasion 8al 9lly 3upation 5ied 5ying 4r 5red 7nce 6ing 1dd 3s 1ff 3end 6ed 7rs 5se 6ive 4r 5ed
5ing 3icer 6s 5ial 8ly 3s 4et 6ting 4hore 2ten 1il 2s 1kay 1ld 3er 4st 1minous 1nce 2e 3s 4elf 3time 2going 2line
2slaught 3tage 2to 2us 1pen 4ed 4ing 4ly 3rate 6ing 7on 9al 7ve 6ors 2ined 4ion 3oid 2ponent 4rtunist 9ties 9ty 4se 6d
5ing 6te 7ion 2t 3ed 3imism 7tic 4on 1ral 2bit 2der 5ed 3inary 2ganization 9ional 7e 8d 8r 7ing 2ientation 6ed 3ginal
8ly 7ted 2thodoxy 1ther 5wise 1ught 2r 3selves 2st 4ed 5r 2t 3come 3door 3fit 3going 3landish 4et 4ine 7d 6ing 4ook
3number 3put 3rage 7d 7ous 4each 4ight 3set 4ide 7r 5ze 7d 4ource 9d 8ing 4poken 4tanding 3weigh 1vation 2er 4all
5rching 4capacity 5ome 4flow 4haul 8ing 5ead 4lap 5ook 8ed 8ing 5y 4night 4promise 4reach 4saw 5eas 6e 7ing 5hadowed
9wing 4t 5ake 8n 7ing 5hrow 5ime 5ly 5ures 7n 8ed 4whelmed 9ing 9ingly 1we 3d 3s 2ing 2n 3ed 4r 5ship 3ing 3s 1xygen
pace 3k 4age 4ed 3t 2dding 2ge 2id 3n 4ful 4t 5ed 5ing 3r 2lpable 3try 2ndering 3el 3ic 3ts 2per 5work 2rade 4llel
4noid 3ent 6al 3ishioners 3ked 4ing 3liamentary 3t 4ial 5cipants 9te 9ted 9ting 9tion 6ular 9rly 5es 5san 8ship 4ly
4ner 2ss 4age 4ed 5nger 5s 4ing 5on 7ate 4port 3t 2th 4etic 4ological 4way 3ience 6ts 3riarch 3tern 2use 5d 2y 3back
3checks 3er 3ing 3ment 3roll 3s 1eaceful 8ly 3k 4ed 3nuts 3sants 2ddling 2er 2nalties 6y 3chant 3ding 3sion 3t 2ople
2p 3pered 2rceived 5nt 7age 5ption 4h 3fect 7ly 4orm 7ance 7ed 7ing 4unctory 3haps 3ilous 4od 6ically 3manent 9ly 4it
6ted 3petual 8te 3secution 4ist 7ent 4ona 7l 8ities 9ty 8ly 6nel 6s 4pective 4uade 8d 7ing 3vasive 2ssimism 8tic
2tition 1harmaceutical 3se 2enomenon 2ilanthropist 9opy 4osophical 9y 2one 4y 3to 5graph 9her 2rase 2ysical 6ian 1ic
3k 4ed 4ing 3ture 2e 3ce 2gs 2le 4d 3ot 2n 3k 2peline 2tch 5ed 6s 5ing 3ting 2vot 5al 5ed 5ing 2zza 1lacards 4e 5d
4ing 3giarism 4ued 3in 5ly 5tiffs 3n 4e 5t 4ks 4ning 4t 5ed 3stic 3tes 4form 3usible 3y 4ed 5r 4ing 2ea 4ded 5ing 4se
6d 5ing 5ure 3dge 6d 5ing 3nty 2ight 2otting 3wed 2ummeted 3rality 3s 1ocket 6ed 2dcast 2int 5ed 7ly 5ing 3sed 4on
6ing 6ous 2larization 7ed 7ing 3es 3ice 5ies 6ng 5y 4shed 4te 5ical 9ly 7ian 8zed 7s 3l 4ed 4ing 4ster 4uting 2ol 3r
4er 5st 4ly 2p 3ping 3ular 7ity 6ted 7ion 5ism 7t 5ous 2rk 3nography 3tfolio 4ion 4rait 6y 7ed 7ing 4s 2se 4d 3ing
4tion 8ed 8ing 6ve 8ly 3sibility 6le 7y 3ted 4ing 4pone 7ing 4s 2tent 6ial 9ly 3hole 2und 3red 4ing 2verty 2wer 5ed
5ful 5house 1ractical 9ly 7e 8d 7ing 3gmatic 8sm 9t 3ise 6d 5ing 3y 4ers 2e 3carious 4edent 7s 4inct 5sely 3datory
4ecessor 4icated 6t 7able 7ed 7ing 8on 8ve 4ominantly 3fer 6ence 6red 3gnancy 7t 3liminary 4ude 3miere 5sed 7s 5um 3p
4are 7d 8ness 6ing 3scriptions 4ence 6t 7ation 7ed 5rve 8d 7ing 4ided 7ncy 8tial 4sed 5ing 5ure 8d 4tigious 4umably 6e
7d 6ptive 9vely 3tending 4ty 3vail 7ed 7ing 4ent 7ed 7ing 4iew 5ous 8ly 2ice 5d 3est 3maries 7ly 6y 3nciple 9d 4t 5ed
5ing 3or 5itize 7y 3son 6er 3vacy 5te 7ly 2o 3bability 6ly 5tion 4e 4ing 4lem 7atic 3cedural 8e 5ed 7ed 7ings 5ss
4laimed 3duce 7d 7r 6ing 6t 7ion 8ve 3fession 9nal 9nalism 7or 4ile 7d 5t 6able 4ound 8ly 3gram 7ming 5ess 8ive 3hibit
8ed 8ive 3jected 7ing 8on 7s 3lific 4onged 3minence 8t 9ly 5se 7d 6ing 4ote 7d 6ing 7on 9al 4pt 6ed 6ing 6ly 3ne
4ounced 9ments 3of 3paganda 4el 6led 5r 6ly 6ties 7y 4onent 5rtion 9nality 9nally 5sal 6e 7d 6ing 4s 3secute 9d 8ing
9on 8or 4pect 8ive 3tect 7ed 7ing 8ons 5st 7ed 8r 7ing 7ors 4racted 3ud 5ly 3ve 5d 5n 4ide 7d 7rs 6ing 5nce 7ial 6g
5sion 9al 4ocative 5ke 7d 3xy 1sychiatrist 5ological 6path 1ublic 6ation 6ity 6ly 5shed 8r 7ing 2ll 4ed 4ing 3pit 2nch
5ed 5ing 4tuated 3dits 3ish 6ed 6ment 4tive 2rchase 8d 7ing 3e 4ly 3poses 3sue 6d 5ing 6t 2sh 4ed 5s 4ing 2t 3s 3ting
quagmire 3lifications 7ed 6y 5ties 6y 3rter 7ly 2ell 3ries 3st 5ion 8able 8ed 8ing 3ue 2ick 5ly 3et 5ly 3ntet 3p 3t 4e
3xotic 2o 3te 5d 4ing race 4d 3ial 6ly 4ng 4sm 5t 2dar 3ical 7ization 9ed 7ly 4o 4us 2ft 2id 3led 4ing 4s 3nbow 4y 3se
5d 5r 4ing 2llied 6s 4y 5ing 2mbling 3pant 4ed 2n 3dom 6ly 3ge 4ing 3k 4ed 4ing 3t 2pe 3id 5ly 4st 2re 4ly 2sh
2tcheted 3e 4d 3her 3ified 4ng 4onal 8e 3tled 2ucous 2vaged 2w 2zor 1each 5ed 6s 5ing 4t 5ed 5ing 6on 3d 4er 4ily
5ness 6g 4y 3ffirmed 3l 4istic 5ties 6y 5zation 6e 7d 4ly 3p 3son 6able 9y 6ing 4sure 8d 7ing 2bel 5lious 3oot 4und
3uffed 4ild 7ing 4ke 6d 4t 2call 6ed 6ing 4st 3eded 4ive 7d 6ing 4nt 6ly 4ption 7ve 4ss 3ipient 4tes 5ing 3kless
4oning 3laim 3ognition 7ze 9d 8ing 4mmend 9ation 9ed 4ncile 8iation 5sider 4rd 6ed 6ing 4unt 7ed 5rse 4ver 7ed 7y
3ruit 7er 7ing 7ment 3urring 2d 3acted 3irected 3uce 6d 5ing 5tion 2election 2fer 5ence 9d 8ing 7da 8um 5red 6ing
3lect 7ed 7ing 8on 8ve 3orm 6ed 6ing 4ulement 3rain 7ed 3ugee 4ndable 4sal 5e 6d 5ing 2gain 6ing 4rd 6ed 6ing 6less
3ime 4on 4stered 8ing 3ret 6ted 3ular 7ly 6te 7ing 8on 7or 9y 2in 4ed 4forced 9s 4state 8ing 4vented 3terated 8ing
2ject 6ed 6ing 7on 2latable 5e 6d 5ionship 6ve 8ly 4xed 3ease 7d 6ing 4ntless 9sly 4vant 3iable 7y 5nt 4ed 5f 5s 4gion
7us 3ocate 8d 3uctance 8t 3y 4ing 2main 6ed 6ing 4ke 4rk 6able 9y 6ed 6ing 3ember 8ed 8ing 3ind 6ed 7r 6ing 5iscent
3ote 4ve 6d 2nder 3eging 4w 5ables 6l 5ed 3ovated 7ion 3t 2open 6ed 3rganization 2pair 4y 5ment 3eal 6ing 5t 6ed 8ly
6ing 3lace 7d 7ment 6ing 5y 4icate 5ed 4y 3ort 6ed 8ly 7r 6ing 3resent 9ation 9ed 9ing 4imand 9ed 4oductive 3ublish
4tation 2quest 7ed 7ing 4ire 7d 7ment 6ing 2scue 6d 3earchers 4mble 4ntment 4rved 7s 4t 5tle 8ment 3hape 3idence 8y 7t
8ial 4gn 6ation 6ed 4st 6ance 8t 6ed 3olution 5ve 7d 4nate 8d 7ing 4rt 4unding 5rces 3pect 7ed 7ful 7ive 9ely 4ond 7ed
8nts 8rs 7ing 6se 7ibilities 9ility 9le 3t 4aurant 4ore 7d 4rained 8t 5ict 8ed 8ing 9ons 9ve 5oom 3ult 6ed 6ing 4me
4rgence 2tail 6er 5n 4liation 3hink 3ired 6e 6ment 5ing 3reat 4oactively 5spect 3urn 6ed 6ing 3weeted 2vealed 6ing
4lation 5ers 5ing 4nge 5ue 4red 5sal 6e 7d 6ing 3iewed 6ing 6s 4led 4sed 5it 4talizing 4val 5e 5ing 3olt 5ution 2ward
6ing 1hetoric 8al 9lly 1ich 4est 2d 3e 3icule 7ous 4ng 2ft 2gged 3ht 3orous 2ng 2p 3e 3ped 4ing 2se 4n 3ing 3k 4y
2tual 2val 5ry 1oads 3r 4ed 2bberies 6y 3ocall 4ts 3ust 2cked 5t 2iled 2le 3l 4ed 2mp 2om 3t 4ed 2pe 2ugh 5ly 3nd
3sing 3te 4ine 7ly 2w 3dy 3s 1ubber 4ing 2de 2ined 2le 4d 3ing 2mors 2n 3g 3ner 4ing 3off 3s 2ral 2shed 4ing sacred
4ifice 9d 2d 2fe 4guards 4ly 4r 4st 4ty 2gging 2id 3lors 2ke 2laried 7s 5y 3e 2me 3ple 5ing 2nctioned 8s 5uary 3d 3e
2t 3isfied 6y 3uration 2ve 4d 3ing 2w 2y 3ing 3s 1cale 3m 3ndal 3re 5d 4y 3thing 4tered 2enario 4e 2hadenfreude 3edule
8d 7ing 3moozing 3olar 7ship 4ols 2ientist 2ope 3rched 4e 5d 4ing 4n 5ed 2ramble 8d 7ing 4tch 3eaming 4en 6ed 6ing
4wed 3ipt 6ed 3utinize 7y 2uttle 1eal 4ed 3rch 6ed 7s 6ing 4ing 3s 4on 6ed 3t 4ed 4ing 2cond 3retly 6s 3tor 3ular 4re
6d 5ing 6ties 2e 3d 3ing 3k 4ers 4ing 3m 4ed 4ing 7ly 3n 3s 2gment 3regation 2ize 5d 4ing 2ldom 3ected 6ion 3f 4ies
5sh 3l 4ers 4ing 2mblance 3inar 2nators 3d 4ing 3ior 3se 5less 4ibilities 6le 5tive 8ities 9ty 3t 4ence 8d 7ing 4iment
2parate 8d 7ing 2rial 4es 4ous 7ly 7ness 3ve 5d 5r 4ing 2ssion 2t 3back 3s 3ting 4le 6d 6ment 5ing 3up 2ven 4ral 5e
6ly 2wed 2x 3ism 3ting 3ual 6ly 1hadow 3ke 5n 5up 4ing 4y 3ll 3me 5ful 4ing 3ped 4ing 3re 5d 5holder 4ing 4p 5ened 7s
6r 5ly 3ttered 2e 3dding 3er 4t 3ll 4ter 4ves 2ift 5ed 5ing 3p 4ping 3rts 2ock 5ed 3ot 5er 5ing 3p 4ping 3re 4t 5age
5comings 5er 5ly 3t 4gun 3uld 6er 6n 4t 5ed 5ing 3ve 4ing 3w 4down 4ed 4ing 4man 4n 2rewd 3ink 6ing 3ug 2unned 3t
4down 4ting 2y 1iblings 2ck 2de 4d 4lines 2gh 4t 3n 4al 6ed 5ture 4ed 4ificance 9nt 9ntly 5ng 2lence 5t 2milar 7ities
7ly 3mering 3ple 5y 3ulation 5taneously 2nce 5re 3g 4ing 4le 6d 4ularly 3k 2ster 2t 3e 3s 3ting 3uation 2x 3th 2zable
3e 1kateboarding 2eptical 7ism 3wed 2ill 5ed 3n 4ned 3p 2y 1lammed 5ing 3p 3shing 3te 5d 3ve 5ry 3ying 2eep 5er 3w
2ice 3d 3ght 6ly 3p 4ped 5ing 2ogan 3t 3w 4down 4ed 5r 4ing 4ly 2urs 1mall 5er 6st 3rt 5phone 2ear 2ile 5d 4ing 2oke
4ing 3oth 2ugglers 1nagged 3p 4shot 3rky 1oared 2ber 5ing 2cial 6ism 8t 6ly 4eties 6y 2ft 4en 5r 4ware 2il 2lar 3d
4ier 3e 4ly 3icit 4d 5ified 7y 5ly 3o 3ution 3ve 5d 4ing 2mber 3e 4body 4how 4one 4thing 5ime 4what 6ere 2n 3gs 3s 2on
4er 2phisticated 2rt 2ught 3l 3nd 5ed 5ing 3r 4ce 4ed 2vereign 9ty 2w 1pace 3m 3nking 3rked 5ing 4red 3t 3wned 2eak
5ers 5ing 4rheaded 3cial 7ists 8zes 5fic 8ally 4tacle 7ular 9arly 5rum 4ulate 9d 8ion 9ve 3ech 6es 6writer 4d 3nd 5ing
4t 2here 2iked 3ll 3n 3ral 4it 6ed 3te 2oiler 3ke 5n 5sman 6woman 3nsored 7ship 4taneous 3rt 3t 4light 3use 2rawling
3ead 6ing 4e 3ing 2ur 1quarely 3eezed 1tability 4le 3ck 5ed 3ff 5er 5ing 3ge 5d 4gering 4nant 6tion 3ke 5d 3ll 5ed
4wart 3mina 4p 3nce 4d 5ard 8ized 5ing 5off 5point 3ple 3re 5d 4k 5ly 4s 4t 5ed 5ing 5led 3ted 5hood 5ment 5sman 5wide
4ing 5on 7ed 4ure 5s 5te 3unch 3y 4ed 4ing 2eadfast 5ily 5y 4l 4m 3el 4p 4r 5ed 5ing 3m 4ming 3p 4ped 5ing 3reotypes
2ick 5ers 5ing 3ff 4ling 3mulus 3r 4red 2ock 3ked 4ing 3len 3od 3p 4ped 5ing 3rage 4e 4ies 4y 2raight 8en 8forward 5n
4nge 4tegically 8es 8st 7y 4w 3eak 5m 4ets 4ngth 8en 9ned 9ning 4ss 6ed 6ing 4tch 7ed 8s 3ict 6er 6ly 4de 4fe 4ke 5ing
4pped 4ve 3ode 4ke 4ng 6er 7st 6hold 6ly 6man 3uck 5tural 8e 9d 4ggle 8d 7ing 2ubborn 8ly 3ck 3dent 4ied 5o 4y 5ing
3ff 3mble 7d 4p 5ed 5ing 3nned 4t 3pid 2yle 1ub 3dued 3ject 7ed 3mitted 3poena 4rime 3sequent 9tly 4idies 7zed 4tance
7tial 9ally 9ve 3tle 3urb 6an 3way 2cceed 7ed 7ing 5ss 7es 7ful 9lly 7or 3h 3king 4s 2dden 6ly 2e 3d 2ffer 6ed 6ing
4icient 9tly 2ggest 7ed 7ing 8on 2icide 3ng 3t 4able 4e 5d 2m 3mary 4er 4on 3s 2perdelegate 5ior 5market 5vised
3plement 9ted 5ied 7s 5y 4ort 7ed 8r 7ing 8ve 5sed 8ly 3remacist 2re 4fire 4ly 3face 7d 3ge 5d 5ry 4ing 3passing 4rise
8d 7ing 9gly 3rendering 4ogate 5und 8ed 8ing 3veillance 5y 6ed 4ival 6e 7d 6ing 2spect 7ed 5nd 7ed 7ing 6sion 4icion
8us 3tain 7ed 1wagger 3mp 3p 3rmed 3th 3y 2eat 3eping 3pt 2iftly 3ng 5ing 3pe 3tch 6ed 2orn 1yllabus 2mbol 3pathetic
7y 2nc 2stem 6atically 6ic table 3s 2cit 3k 4ing 4le 5ing 3o 3tic 6al 2g 2ke 4away 4down 4n 4over 4r 3ing 2le 4nt 6ed
3k 4ed 4ing 3lied 6s 4y 2mping 2ngible 3k 2p 3e 4d 3ing 3ped 4ing 2rget 6ed 6ing 3iff 3nish 2sk 4ed 3te 2ught 2x 3es
3ing 3payer 1each 5er 6s 5ing 3m 4ed 3r 4ing 2ch 4nical 9ly 6que 5ological 9ists 9y 2dcruz 2enager 3th 2lecom 4novela
4phone 5rompter 4vised 7ion 3l 4ing 2mper 6ament 7ture 6ed 4orarily 8y 4ting 2n 3d 4ed 5ncy 3et 3or 3s 4e 4ion 3t
4ative 3uous 4re 2rm 4inated 3rain 4ible 7y 5fic 6ying 5torial 9es 8y 4or 6ism 8t 2st 4ed 4ified 6y 5mony 5ng 2xt
4book 1han 4k 5ed 5ful 5ing 2eater 3ft 3ir 3m 4e 5d 4selves 3n 3oretical 5ies 6st 5y 3rapeutic 6y 4e 5after 5by 5fore
3se 2ick 3n 4g 4k 5ing 3rd 2orough 8ly 3se 3ugh 6t 7ful 4sand 2read 5t 6en 8ed 8ing 4e 4shold 4w 3illed 7r 4ve 6d
3oated 4ugh 7out 4w 5ing 5n 3ust 2ugs 3mbs 4ping 3s 2wart 6ed 1icked 5t 4ing 2de 2e 3d 3r 3s 2ght 5en 7ed 7ing 6r 5ly
2lt 2me 4d 4line 4stamp 3ing 2nged 3kering 3y 2p 3ping 3s 2red 2tans 3led 5s 1oasts 2day 2gether 2ilet 2ken 2ld
3erance 7t 6te 3l 2morrow 2n 3e 3gue 3ight 2o 3k 3l 3thless 2p 3ic 3ped 3s 2rn 3ture 7d 2ss 4ed 2tal 5ing 5ly 2uch 5ed
6s 3gh 5er 6st 5ness 3rnament 3ted 4ing 2ward 3n 4hall 2xic 2y 1raced 4k 5ed 4tion 3de 5d 5rs 4ing 5tion 9al 9ally
3ffic 7kers 3gedies 6y 4ic 3il 5ed 5ing 4n 5ed 5ing 4tors 3jectory 3nsactions 5cript 5fer 8ring 6orm 9ation 9ative 9ed
9ing 5gender 5ition 9nal 5late 8ing 5parency 9nt 6ired 3p 4ped 3sh 3vails 4el 6ed 7rs 6ing 2eat 5ed 5ies 6ng 5ment
3mendous 9sly 3nd 5ing 2ial 3be 4ute 3ckier 5le 5y 3ed 4s 3gger 7ed 3llion 3o 3p 4le 3umph 2oops 3uble 7d 6ing 4nced
3ve 2uck 3e 3ly 3mpeting 3st 5ed 5worthiness 9hy 3th 5ful 2y 3ing 1sk 2unami 1uition 2multuous 2ne 3nel 2rbulent 3moil
3n 4around 4ed 4ing 4out 1weet 5ed 5ing 3nty 2ice 3st 1ying 2pe 3ical 7ly ubiquitous 1gliness 3y 1ltimate 8ly 3ra
1nable 3cceptable 5ompanied 3ligned 3nimous 9ly 3pologetic 3rmed 3uthorized 3ware 2believable 2certain 9ty 3hanged
3lassified 4ear 3omfortable 5mitted 6on 4nscionable 6titutional 5ventional 4vered 2decided 5lared 4r 5card 6over 6ut
5dog 5estimate 9mated 9mating 5going 6raduates 7ound 5lying 5mine 9d 8ing 5score 9ed 9ing 6tand 9ding 7ood 5water 7y
3isclosed 4vided 3o 4cumented 4ubtedly 3ue 2earthed 4se 3mployment 3xpectedly 2fair 6ly 4vorable 9ly 3inished 4t 3old
6ed 6ing 4rtunate 4unded 2happy 3eard 3inged 2ification 5ed 6r 4orm 4y 5ing 3lateral 3nsured 3onized 5s 3que 6ly 3t 4e
4ing 3versal 7ities 2leashed 4ss 3ike 6ly 3oaded 2mistakable 2necessary 3oticed 2official 3rthodox 2paid 3ledged
3opular 9ity 3recedented 5dictable 5pared 4ompted 2qualified 2ravel 7ed 3ealistic 4lated 5enting 4ported 4st 2safe
3ecured 4ttled 3olicited 3uccessful 9fully 4re 4stainable 2til 3rue 5stworthy 2usual 7ly 2veiled 2wanted 3illingness
2yielding 1pbeat 3ringing 2coming 2date 6d 2end 5ed 2front 2graded 2heaval 2lifting 2on 2rising 3oar 2s 3et 3ide 3wing
2ward 1rge 4d 4ncy 5t 3ing 1se 3d 3ful 3less 3r 3s 2hered 2ing 2ual 1ttered vacancies 6y 5t 4tion 3uum 2garies 3ue
2lid 5ate 5ity 3uable 5tions 4e 5d 2riables 5tions 4ety 4ous 3y 4ing 2st 4ly 1eered 2hemently 3icle 2in 2ndetta 4or
3ture 3ue 2rbal 3ge 3sion 4us 3y 2t 3eran 3o 3ted 4ing 1ia 3bility 4le 2cious 7ly 3tim 6ized 4ories 6y 2deo 2ew 4ed
5rs 4ing 4point 2gilant 3or 5ous 8ly 2olate 7d 6ing 7on 4ence 6t 2rtual 7ly 5e 3us 2sa 3ceral 3ible 4on 4t 5ed 5ing
2tal 3riol 2vid 1ocal 2ice 5d 3d 2latile 3ume 4ntarily 6eer 9ed 9ing 2te 4d 4r 3ing 2w 3ed 3ing 3s 1ulnerabilities
9lity 8le 1ying wage 4d 3ing 3on 2it 4ed 4ing 3ver 2ke 2lk 4ed 3lets 4s 2ning 3t 4ed 4ing 2rehouse 3fare 3m 4ing 4ly
4th 3n 4ed 4ing 3rant 3y 2s 3n 3te 5d 5ful 4ing 2tchdog 5ed 6s 5ing 3er 5boarding 5melon 5shed 5way 2ve 4d 3ing 2y 3s
1eak 4en 6ed 6ing 5r 5st 4ness 8es 3lth 6ier 8st 6y 3pon 3r 4ing 3ther 2bsite 2dding 2ed 3k 4end 2igh 5ed 5t 3rd
2lcome 7d 6ing 3fare 3l 2nt 2re 4n 1hat 4ever 4soever 2eelhouse 3never 3re 5ver 3ther 2ich 3le 3pping 3rl 3sper 4tle
3ter 5s 2o 3ever 3le 3m 4ever 3se 2y 1ide 4ly 4n 5ed 5ing 4r 4spread 3th 2eld 5ing 2fe 2ld 4ly 3ling 7ness 2n 3d 4fall
4ow 3e 3g 3ner 4ing 3s 3ter 2ping 2sdom 3e 3h 4es 4ful 2tch 3h 4draw 8al 8ing 6ew 4ering 4held 5old 8ing 4in 4out
3ness 7ed 8s 7ing 2ves 1oes 2man 3en 2n 3der 6ed 6ful 6ing 2rded 4ing 3e 3k 4ed 5r 4force 4ing 4place 3ldview 5wide 3n
3ried 6s 5some 4y 5ing 3se 4hip 4t 3th 5while 5y 2uld 5n 3nd 5ed 1rap 4ped 5ing 2eck 3st 5ling 2ite 5r 4ing 4ten 2ong
5doing 5ly 3te xenophobe 8ia 9c yanked 2rd 2wning 1ear 2ll 4ed 4ing 4ow 2n 2sterday 2t 1ield 5ed 1ou 3ng 5er 6st 3r
4self 3th zeal 2ro 4ing 1one 3ing
`;
export const COMMON_WORDS: ReadonlySet<string> = frontDecoded(COMMON_WORDS_PACKED);

/** The words of a front-coded list (see above). */
export function frontDecoded(packed: string): Set<string> {
  const words = new Set<string>();
  let previous = '';
  for (const token of packed.trim().split(/\s+/)) {
    const shared = token.charCodeAt(0) - 0x30; // a leading digit: letters shared with the word before
    const word = shared >= 1 && shared <= 9 ? previous.slice(0, shared) + token.slice(1) : token;
    words.add(word);
    previous = word;
  }
  return words;
}
