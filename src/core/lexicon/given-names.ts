/**
 * Common given names across origins, lower case, split by the gender they usually carry.
 * Used as evidence that a capitalised word starts a person's name ("Andy Caddick"), and for
 * gender when the article gives no honorific or pronoun. Not exhaustive on purpose: unknown
 * two-word names are still found by shape; this list only adds evidence.
 *
 * Each list is written sorted and front-coded as the common words are (src/core/lexicon/common-words.ts):
 * a leading digit is the number of letters a name shares with the one before ("ali 3stair" is ali,
 * alistair). A unit test checks the order and the digits, so a name added by hand is checked.
 */
import { frontDecoded } from './common-words';

export const MALE_GIVEN_PACKED = `
aaron 1bdel 3ul 5lah 2el 2raham 2u 1dam 2olfo 2rian 1gustin 1hmad 3ed 1idan 1jay 1kbar 2ira 1l 2ain 3n 2bert 6o 2ejandro
3ssandro 3x 4ander 7re 4ei 5y 2fonso 3red 6o 2i 3stair 2lan 2varo 1madou 2brose 2ir 2os 1nand 3toly 2ders 3re 5a 6s 5i
5s 5w 3y 2gelo 3us 2sel 2thony 3oine 4n 5in 6o 1ri 2juna 2mando 2naud 3old 2thur 3uro 1shok 2if 1ugusto 1vi 1xel 1yman
1zim baltasar 2rack 3ry 3tholomew 2sil 1en 3edict 3jamin 3ny 3oit 2rnard 4d 4ie 3trand 1ill 4y 1jorn 1laise 1ob 3by 2ris
2yd 1rad 4ley 3ndon 2endan 4t 3tt 2ian 2onson 2uce 3no 2yan 3ce 1yron caleb 3vin 2meron 2rl 4os 1edric 2sar 1had 3im
3rles 5ie 2en 4g 2i 2ris 5tian 6ophe 9er 2uck 1larence 3ude 2ement 2ifford 3nt 3ve 1ody 2lin 2nor 3rad 2rnelius 2smin
1raig 1urtis 1yril dale 2mian 4en 3on 2n 3iel 3ny 2rius 3ren 4yl 5n 2ve 3id 5e 1ean 2jan 2metrius 2nis 3nis 2rek 2smond
1iego 3ter 2mitri 7s 2nesh 2rk 1jango 1mitri 5y 1omenico 3inic 2n 3ald 3ovan 2ug 4las 1ragan 1uane 2ncan 1wayne 2ight
1ylan earl 1d 2die 2gar 2mund 2uardo 2ward 3in 1gon 1lias 3jah 2liot 1mil 4io 2manuel 2re 1nrique 2zo 1ric 4h 3k 2nest
6o 3st 1steban 1than 2ienne 1ugene 5io 1van 1zra fabian 4o 3rice 2isal 2rid 3ouk 2usto 1ederico 2lipe 4x 2rdinand 3nando
1idel 2lip 1lorian 3yd 1rancesco 5is 7co 5o 6is 4k 4z 2ed 4eric 8k 2itz gabriel 2reth 3ry 3y 2ston 2vin 1ene 2off 5rey
3rge 2raint 4ld 4rd 6o 3hard 3rit 1ianluca 4ni 2lbert 3les 2orgio 5os 3vanni 2useppe 1len 4n 1odfrey 2ran 3don 1raham
2eg 4or 6y 1uido 3llaume 2nnar 3ther 2stavo 2y hakan 2mid 3za 2ns 2rald 3dy 3old 3ry 3vey 2ssan 1eath 2ctor 2inrich 4z
2lmut 2ndrik 3ri 4y 2rbert 3man 6n 1ideki 2ro 4shi 1orace 3st 2ward 1ubert 2gh 3o 2mberto 2ssein ian 1brahim 1gnacio 2or
1lya 1mran 3e 1oannis 1rfan 1saac 2mail 1van 2o jack 3ob 3ques 2ime 2ke 3ub 2lal 2mal 3es 3ie 2n 3usz 2red 2son 3per
2ved 3ier 2y 1ean 2ff 4rey 2ns 2remy 3ome 3ry 2sper 3se 3us 1im 3my 2ri 1oachim 3o 3quin 2chen 2e 3l 3y 2han 5n 3n 4ny
2n 3as 4than 2rdan 3ge 5n 2se 4f 4ph 3h 4ua 2van 1uan 2les 3ian 4o 2rgen 2stin kai 2mal 2rim 3l 2zuo 1eiichi 3th 2n 3ji
3neth 3t 2vin 1haled 4id 1im 2ril 3k 1laus 1ofi 2ji 2nstantin 2stas 1rishna 4tian 1urt 1wame 1yle lamar 2nce 2rry 3s
2szlo 2urent 2wrence 1eander 5ro 2e 2nnart 2o 3n 4ardo 4id 2roy 1iam 2onel 1loyd 1oren 5zo 2uis 1uc 3a 4s 3iano 2dwig
2igi 3s 2ke 1yndon magnus 2hmoud 2lcolm 3ik 2nfred 3sour 3uel 2rc 4el 6lo 4o 4us 3ek 3ian 6o 4o 4us 3k 4us 3lon 3tin
3vin 2son 3simo 2teo 3hieu 3s 3t 4hew 5ias 2urice 5zio 2x 3im 1ehmet 2lvin 1icah 3hael 5l 4el 2guel 2hai 2kael 3e 4l
3hail 2lan 3es 3os 2tchell 1ohamed 5mad 6ed 3sen 2ises 2rgan 3ris 2she 1uhammad 2rat 2stafa nabil 2rendra 2sser 2than
2veen 1eal 2d 2il 2lson 1icholas 3k 3ola 6s 2gel 2kita 3olai 2ls 1oah 2lan 2rbert 3man olaf 2eg 2iver 4ier 1mar 1rlando
1scar 2man 2waldo 1tto 1wen pablo 2scal 3quale 2trice 6k 2ul 2vel 1edro 2r 3cy 2ter 3r 1hil 4ip 6p 7e 1ierre 3ter 2otr
1radeep quentin radek 2fael 4l 2hul 2iner 2jesh 2lf 3ph 2mesh 3iro 3on 2ndall 4y 2phael 2shid 2ul 2y 3mond 1ecep 2ggie
2inhard 2my 2ne 2uben 2x 2za 1hys 1icardo 3hard 3k 4y 2naldo 1ob 3ert 6o 3in 2cco 2d 3ney 3rigo 2ger 2land 3f 2man 2n
3ald 6o 2ry 2ss 1uben 2dolf 3y 2i 2pert 2ssell 3tam 1yan saeed 2lim 3man 3vatore 2m 3i 3uel 2ndeep 4ro 3jay 3tiago 2sha
2ul 1cot 4t 1ean 2bastian 2rgei 5y 4io 2th 1hane 3un 2eldon 2inzo 1idney 2lvio 2mon 5e 1lobodan 1onny 1pencer 1tan
4islav 4ley 2efan 6o 3lios 3phen 3ve 5n 2uart 1unil 1ven tadeusz 2keshi 2ras 3iq 1ed 2rence 3ry 1habo 2eo 4dore 2ierry
2omas 1iago 2ger 2m 3othy 1obias 3y 2dd 2m 3as 5z 3my 2ny 1ravis 2evor 2oy ugo 1lrich 1mberto 1we vadim 2lentin 4ry
2sily 1ernon 1icente 3tor 2kram 3tor 2ncent 2taly 3torio 1lad 4imir 1ojtech 2lodymyr waleed 3ter 2ng 2rren 2yne 1erner
1ilhelm 3l 4em 4iam 5e 3son 2nston 1ojciech 2lfgang xavier 1i yannick 2roslav 2sser 1evgeny 1itzhak 1oshi 2ussef 1uri
2suf 1ves zachary 1denek 1hang 1oltan 2ran
`;
export const MALE_GIVEN: ReadonlySet<string> = frontDecoded(MALE_GIVEN_PACKED);

export const FEMALE_GIVEN_PACKED = `
adriana 1gnes 3ieszka 1ida 2sha 1lejandra 3ksandra 3ssandra 3xandra 4is 2ice 4ia 3na 3son 2lison 2ma 1malia 3nda 2ber
2elia 5e 2y 1na 3is 3stasia 8ya 2drea 2gela 5ina 6que 2ika 3ta 2ja 2n 3a 4bel 3e 4tte 3ie 4ka 2tje 3onia 1rantxa 2iana
3el 2lene 1shley 2trid 1udrey 2relie 1yesha barbara 1eata 4rice 2linda 2nazir 2ttina 4y 2verly 1ianca 2llie 2rgit 1lanca
1onnie 1renda 2idget 3gitta 7e 2ooke camila 5la 2ndace 2ra 3ina 3la 3mela 5n 3ol 5e 5ine 2ssandra 2talina 3erina 3herine
1ecilia 2line 1hantal 3rity 4lene 5otte 2elsea 3ryl 2iara 2loe 2rista 6iane 7na 8e 1indy 1laire 3ra 4issa 3udia 6ne
1olette 2nchita 3nie 3stance 2rinne 1ynthia dagmar 2isy 2na 3iela 6le 2phne 2ria 2wn 1ebbie 3orah 2lia 3la 2nise 1iana
4e 1olores 2minique 2nna 2ra 3is 3othy edith 2wina 1ileen 1laine 2eanor 3na 2isabeth 3za 5beth 2ke 2la 3en 3ie 2oise 2sa
2vira 1milia 4y 2ma 1rica 3ka 3n 1stelle 3her 1ugenia 1va 2e 3lyn fabienne 2rah 2tima 1elicity 2rnanda 1iona 1lavia
2orence 1rances 7ca gabriela 7e 7le 2il 1enevieve 2orgia 2raldine 3trude 1illian 2na 2sela 2ulia 1loria 1race 2eta 1wen
halima 2nna 5h 2rriet 2ttie 2zel 1eather 2dwig 2idi 2len 5a 3ga 2nrietta 1ilda 3lary 1ope ida 1lse 1melda 1ndira 2es 2ga
3rid 1rene 2ina 3s 1sabel 6la 7e 1vana jackie 3queline 2na 3e 4t 3ice 4ne 2smine 1ean 4ne 2nnifer 4y 2ss 4ica 1ill 1oan
4na 5e 2celyn 2hanna 2lanta 2rdana 2sefina 4phine 2yce 1uanita 2dit 5h 3y 2lia 5nne 4e 5ta 2ne 2stina 6e karen 3in 3la
2talin 4rina 3e 3harina 4erine 4leen 4y 3ie 3ja 3rin 2y 1eiko 2lly 2rry 1im 3berley 7y 2rsten 1risten 5ina 1umiko
larissa 2ura 4en 6ce 2yla 1eah 2ila 2na 2ona 1ila 3ian 6a 3y 2nda 4say 3nea 2sa 3beth 2v 2z 1ois 2rena 3raine 2uisa 5e
1uana 2cia 4e 3y 2dmila 2isa 1ydia 2nette 3n mabel 2deleine 3onna 2gda 5lena 2ite 2lgorzata 2ndy 3uela 2ra 3cela 3garet
6ita 4uerite 3ia 5na 6ne 4bel 4e 4na 5e 4on 4sa 3ta 4ha 4ina 3y 4am 2thilde 3ilda 2ureen 2xine 2ya 1egan 2lania 6e 3issa
2rcedes 3yl 1ia 2chelle 2ldred 3ena 2na 2ra 3eille 3iam 1olly 2nica 4ka 1uriel nadia 4ne 2ncy 2omi 2talia 6e 4sha 3halie
1elly 1ia 2cola 5e 2na 1oemi 2ra 3een 3ma octavia 1dile 1ksana 1lena 2ga 2ivia pamela 2ola 2tricia 5zia 2ula 4ina 6e
1eggy 2nny 2tra 1hilippa 2yllis 1ia 1riscilla rachel 2nia 2quel 1ebecca 2gina 2nata 3ee 1honda 1ita 1oberta 2cio 2mina
2sa 4lind 3e 4mary 2xana 1uby 2th sabine 3rina 2dia 2lly 3ma 2mantha 2ndra 5ine 2ra 4h 1erena 2vda 1hannon 3ron 2eila
3lley 2irley 1igrid 2lvia 2mona 5e 2na 2obhan 1ofia 2nia 3ja 2phia 5e 1tella 3phanie 1usan 5ne 2zanne 3y 1vetlana 1ybil
2lvia tabitha 2mara 2nia 3ya 2tiana 3yana 1eresa 3i 2ssa 1hea 3resa 1iffany 2na 1onya 2ve 1racy ulla 2rike 1na 1rsula
valentina 4ria 6e 2nda 3essa 1era 3ity 3onica 2sna 1ictoria 2ola 4et 2rginia 2vian wanda 1endy 1hitney 1ilma xenia
yasmin 1ekaterina 1oko 2landa 1ulia 1vette 2onne zainab 2ra 1oe 2ya
`;
export const FEMALE_GIVEN: ReadonlySet<string> = frontDecoded(FEMALE_GIVEN_PACKED);
