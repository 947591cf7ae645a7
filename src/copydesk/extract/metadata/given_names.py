"""Given names, to tell a person's name from a brand's ("Erin Spain" from "Quiet Light").

13,018 first names, lower-cased: the frequently occurring first names of the 1990 US Census
(public domain; as the MIT-licensed `names` package ships them) and the first-name lists of the
Faker package for 21 European locales (MIT licence, Copyright (c) 2012 Daniele Faraglia). Entries
that are English words or name particles before a name ("In", "My", "Von", "Van") are left out.
Used to recognise a site named after the person who writes it and a bare name printed beside the
date; a name missing here leaves that author missing, never wrong.
"""

GIVEN_NAMES = frozenset("""
    aada aage aagot aaliyah aapo aarne aaro aaron aarón aatos abbas abbey abbi abbie abby abdi abdirahman
    abdul abdullah abdullahi abe abel abela abelone abigael abigail abigaíl abilio abraham abram abril
    achille achim ada adah adalbert adalberto adaline adam adamo adan adda addi addie addison addý adel
    adela adelaida adelaide adelardo adelasia adelbert adele adelgunde adelheid adelia adelin adelina
    adelinde adeline adell adella adelle adelmo adelía adem adena adi adina adis admir adnan adolf adolfine
    adolfo adolph adonis adora adoración adria adrian adriana adriane adrianna adrianne adriano adrien
    adriene adrienn adrienne adrián adrían adríana adríel adán adèle adéla adélaïde adíel adólf aedan aenne
    aferdita afonso afrim afton agapito agata agatha agathe agim agla aglaia agnar agne agnea agnes agnese
    agneta agnete agni agnieszka agnolo agnos agnus agnès agostino agripina agron agueda agustin agustina
    agustín agáta agða ahmad ahmed ahmet ahti ai aida aidan aide aideen aiden aiko aila aileen ailene aili
    ailis aimee aimo aimé aimée aina ainara aine aino ainoa airi aisha aisling aislinn aitana aitor aja ajan
    ajla ajna aki akiko akilah aksel akseli alain alaina alaine alan alana alane alanis alanna alannah
    alanta alara alastair alayna alba alban albano alberico albert alberta alberte albertha albertina
    albertine alberto albin albina albino albrecht albulena albína alcides alda aldar alden alderano aldin
    aldný aldo aldís ale alea alease alec alecia aleen aleida aleisha alejandra alejandrina alejandro alejo
    aleks aleksandar aleksander aleksandr aleksandra aleksanteri aleksej aleksi alen alena alene aleodor
    alesha aleshia alesia alessandra alessandro alessia alessio aleta aletha alethea alethia aletta alex
    alexa alexandar alexander alexandr alexandra alexandre alexandria alexandrie alexandrina alexandros
    alexandru alexandría alexe alexei alexej alexia alexis alexía alexíus aleš alf alfa alfio alfons alfonso
    alfonzo alfred alfreda alfredia alfredo alfreð alfífa algot ali alia alica alice alicia alicja alida
    alin alina aline alis alisa alise alisha alishia alisia alison alissa alistair alistar alister alita
    alix aliza alla allan allana alleen allegra allen allena allene alli allie alline allison allyn allyson
    allý alma almar almeda almeta almir almudena almut almuth alois aloisia alona alondra alonso alonzo
    aloys alpha alphons alphonse alphonso alrekur alrún alta altagracia altha althea altin alton alva alvar
    alvaro alve alvera alverta alvilda alvin alvina alwin alwina alwine alyce alycia alysa alyse alysha
    alysia alyson alyssa alícia alída alína alís alísa alžběta amada amadea amadeo amadeus amado amador
    amaia amal amalia amalie amalía amancio amanda amandine amando amar amarilis amaro amaya amber amberly
    ambrose ambrosio amedeo amedeu amee amela amelia amelie amelía america ami amico amie amiee amilía amin
    amina amir amira amleto ammie amor amos amparo amra amy amy-lee amy-leigh amza amélia amélie américa
    américo amílcar amír amíra amý ana anabel anabela anabella anacleto anahera anaida analisa analía
    anamaria anaru anas anastacia anastasia anastasie anastasio anastasios anastasía anastazja anastázie
    anatol anatoli anatolie anatolij anaïs anca ancuța anda andera anders anderson andjela andjelina andor
    andra andrada andre andrea andreas andree andreea andrei andreia andrej andres andrew andrey andri
    andria andrian andrin andrina andrzej andrá andrás andré andréas andrée andrés andy anděla ane anemona
    anes aneta anett anetta anette anežka anfinn angantýr angel angela angele angelena angeles angelia
    angelic angelica angelika angelina angeline angelino angelique angelita angella angelo angelyn angelíka
    anghel anghelina angi angie angila angla angle anglea angus angélica angélique anh ani anibal anica
    aniela anika anikó anina anisa anisha anissa anita anitra anișoara anja anjanette anjelica anka anke ann
    ann-britt ann-charlott ann-charlotte ann-christin ann-christine ann-kathrin ann-kristin ann-louise
    ann-mari ann-marie ann-sofi ann-sofie anna anna-karin anna-lena anna-liisa anna-lisa anna-luise
    anna-maria anna-marie annabel annabell annabella annabelle annalee annalena annaliese annalisa annalise
    annalísa annamae annamaria annamarie annamária annar annarr annas anne anne-kathrin anne-katrin
    anne-laure anne-lise anne-marie anne-rose anne-sophie annedore annegret annegrete annekatrin anneke
    annel annelene anneli annelie annelies anneliese annelise annelle annelore annelí annemarie annemette
    annemie annemijn annerose annes annett annetta annette anney anni annibale annica annice annick annie
    anniina annika annikki annina annis annita annmarie annukka annunziata anny annía anný anouk ansaldo
    anselm anselma anselmo ansgar anssi antal ante antero anthony antim antione antionette antje anto
    antoaneta antoin antoine antoinette anton antone antonela antonella antonello antonetta antonette antoni
    antonia antonie antonietta antonina antonino antonio antonios antoniu antonius antony antonía antonín
    antoníus antti antwan antónio antônio anu anunciación anuța anya aníbal aníka anína aníta aodhan
    aoibheann aoibhin aoibhinn aoife apolena apolinar apollo apollonia apolonia apostolos april apryl apríl
    ara arabella araceli aracelis aracely aran aranka arben arbnor arcelia archer archie arda ardath ardelia
    ardell ardella ardelle arden ardian ardis ardit ardita ardith ardís arent ares aretha arey argelia
    argentina ari aria ariadna arian ariana ariane arianna arianne aribert arica arie ariel arielle arif
    ariki arild arilíus arina arinbjörg arinbjörn aris arisa aristide aristides aristița arja arkadiusz arla
    arlean arleen arlen arlena arlene arletha arletta arlette arlie arlind arlinda arline arlo arlyne armand
    armanda armandina armando armas armend armenía armida armin arminda arna arnald arnaldo arnaldur arnar
    arnaude arnberg arnbergur arnbjörg arnbjörn arnborg arnd arndt arndís arndór arne arnes arnetta arnette
    arney arnfinna arnfinnur arnfreyr arnfried arnfríður arngeir arngerður arngils arngrímur arngunnur
    arnheiður arnhildur arnika arnim arnita arnkatla arnkell arnlaug arnlaugur arnleif arnleifur arnljót
    arnljótur arnlín arnmundur arnmóður arno arnoddur arnold arnoldo arnošt arnrós arnrún arnsteinn arnulf
    arnulfo arnviður arnór arnóra arnúlfur arnþrúður arnþór arnþóra aroa aroha aron arran arron arsenie
    arsenio arsim arta artan artemio artemisa arthur arthúr artie arto arttu artturi artur arturo artúr
    arvid arvilla arvo arzu aránzazu aría aríanna aríel aríella arín arína arís aríus asa asael asafe
    asbjørn ascensión asdrubal asger asha ashanti ashely asher ashlea ashlee ashleigh ashlene ashley ashli
    ashlie ashling ashly ashlyn ashton asia askja asko askur asley aspar assa assar assunta asta aston
    astrid astrit asuncion asunción asírí ataahua atalía atena atenulf athanasios athena atilio atla atlanta
    atlas atli atte attila aubrey aud aude audie audra audrea audrey audria audrie audry august augusta
    auguste augustin augustina augustine augusto augustus aukusti aulikki aulis aundrea aune aura aurea
    aurel aurelia aurelian aureliana aureliano aurelio aurica aurică aurora aurore aurélie austar austin
    austmann austmar austri autumn auðbergur auðbert auðbjörg auðbjörn auðbjört auðdís auðgeir auðkell
    auðlín auðmundur auðna auðný auðrún auðun auðunn auður auðólfur ava avelina avery avis avni avram avril
    awhina awilda axel axelma axelía axenia axinte aya ayako ayana ayanna ayden ayesha ayla aylin aylla
    aynur ayoub ayse aysel ayten azahar azahara azalee azeglio azeneth aziz azra azucena azzie aðalberg
    aðalbergur aðalbert aðalbjörg aðalbjörn aðalbjört aðalborg aðalborgar aðaldís aðalfríður aðalgeir
    aðalheiður aðalmundur aðalráður aðalrós aðalsteina aðalsteinn aðalsteinunn aðalveig aðólf aþena babara
    babett babette baccio bailey bailie bajram baldassare baldey baldomero baldrún balduino baldur baldvin
    baldvina baldwin baltasar balthasar balz balázs bambi bao baptist barabara barb barbar barbara barbera
    barbie barbora barbra barbro barbu barbára bari baris barna barnabás barney barrett barri barrie barry
    bart bartek bartholomäus bartolomeo bartolomeu bartolomé barton barði bas basarab bashkim basil basilia
    basilio bassi bassí bastiaan bastian bastían baudelio baugur bautista bayram bea beat beata beate
    beatrice beatris beatrix beatriz beau beauden beaulah bebba bebe becki beckie becky beda bedřich bee
    begga begoña beinir beinteinn beitir bekan bekim bekir bela belen belia belinda belkis bell bella belle
    belva belén ben bence bendegúz benedek benedetto benedict benedicte benedikt benedikta benedikte
    benedita bengt bengta beni beniamin benicio benidikt benidikta benigna benigno benita benito benjamim
    benjamin benjamín benjámin benn benna bennett benney bennie benno benny benný benone benoný benoît bent
    benta bente bentey benthe bento benton bentína benvenuto benía benício beníta benóní benóný beppe bera
    berat berend berenice berent berg bergdís bergey bergfinnur bergfríður bergheiður berghildur berghreinn
    bergjón berglaug berglind bergljót berglín bergmann bergmannía bergmar bergmundur bergný bergrán bergrín
    bergrós bergrún bergsteinn bergsveinn bergur bergvin bergþór bergþóra berit berna bernabé bernadett
    bernadette bernadine bernard bernarda bernardina bernardine bernardino bernardita bernardo bernd
    bernd-dieter berndt berneice bernetta bernfried bernhard bernhardine bernharð bernharður berni bernice
    bernie berniece bernita bernt bernward bernódus bernódía berra berry bersi bert berta bertalan bertel
    bertha berthe berthold bertie bertil berto bertold bertram bertrand beryl besart besarta besim besnik
    bess bessi bessie bessí bestla beta betanía beth bethan bethanie bethann bethany bethel betina betsey
    betsy betsý bette betti bettie bettina betty bettyann bettye bettý betúel beula beulah bev bevan
    beverlee beverley beverly beáta biagio bianca bianka bibi bibiana bienvenida bil bilal biljana bill
    billi billie billie-jo billy billye birdie birger birgid birgir birgit birgitt birgitta birgitte birkir
    birna birnir birta birte birthe birtingur birtir birtna bitten bjargar bjargdís bjargey bjargheiður
    bjarghildur bjarglind bjargmundur bjargþór bjarkan bjarkar bjarkey bjarki bjarklind bjarma bjarmar
    bjarmi bjarnar bjarndís bjarne bjarney bjarnfinnur bjarnfreður bjarnfríður bjarngerður bjarnharður
    bjarnheiður bjarnhildur bjarnhéðinn bjarni bjarnlaug bjarnlaugur bjarnleifur bjarnrún bjarnsteinn
    bjarnveig bjarnólfur bjarný bjarnþrúður bjarnþór bjarnþóra bjartey bjartmann bjartmar bjartmey bjartur
    bjartþór bjorn bjólan bjólfur björg björgey björgheiður björghildur björgmundur björgvin björgólfur
    björgúlfur björk björn björney björnfríður björnólfur björt bjørg bjørn blahoslav blaine blair blake
    blanaid blanca blanch blanche blanduzia blanka blas blažena blerim blerina blerta blondell blossom
    bluette blythe bláey blædís blængur blær blævar blín blíða blómey bo boaz bob boban bobba bobbi bobbie
    bobby bobbye bobette bodhi bodil bodo boe boel boga bogdan bogdana bogdís bogey bogga boghildur bogi
    boglárka bohumil bohumila bohumír bohuslav bojan bok boleslav bolli bong bonifacio bonita bonnie bonny
    booker borbála borg borgar borgdís borghildur borgný borgrún borgúlfur borgþór borgþóra boris borja
    borris borys botnía botond boyce boyd bozena boði bořivoj božena brad bradford bradley bradly brady
    braga braghildur bragi brain bram branda branddís brande brandee branden brandi brandie brandon brandur
    brandy branislav branka branko brant braxton brayan brayden breana breandan breann breanna breanne bree
    breki brenda brendan brendon brenna breno brent brenton bresi brestir bret brett brian briana brianna
    brianne brice bridget bridgett bridgette brigette brigid brigida brigitta brigitte brimar brimdís
    brimhildur brimi brimir brimrún brinda brit brita britany britney britni britt britt-mari britt-marie
    britta brittaney brittani brittanie brittany britteny brittney brittni brittny brjánn brock broddi
    broderick brodie brogan bronach bronagh bronwyn brook brooke brooklyn brooks bror bruce bruna brunhild
    brunhilde bruni brunilda bruno bryan bryanna bryant bryce bryndís brynfríður bryngeir bryngerður
    brynheiður brynhildur brynja brynjar brynjólfur brynjúlfur brynleifur brynn brynný brynsteinn bryntýr
    brynþór bryon bryony brá brák brândușa bríana bríanna bríet brígida brími brăduț buck bucur bud buddy
    buena buenaventura buffy buford bujar bukurije bula bulah bunny burak burckhard burghard burim burkard
    burkhard burkhardt burkney burkni burl burma burt burton buster bylgja byron bálint bára bárbara bárður
    bärbel bæring bæringur bæron béatrice béla bíbí bína bóas bóel bói bót bóthildur bótólfur börje börkur
    böðvar bøje børge búi búri bănel błażej břetislav caetana cahal cahir cailin cailum caio caitlin caitlyn
    caitriona caius cajsa cal calandra calcedonio caleb calebe calista calisto calixta calixto callan callie
    callum calogero calum calvin camelia camellia cameron cami camie camil camila camilla camille camillo
    camilo cammie cammy campbell can canan candace candance candela candelaria candelario candelas candi
    candice candida candie candis candra candy candyce cantemir caoilfhionn caoimhe caoimhin caolain caolan
    caomhan caprice capucine cara caragh caren carey cari caridad carie carin carina carine carisa carissa
    carita carl carl-heinz carl-johan carla carlee carleen carlena carlene carletta carley carli carlie
    carlijn carline carlita carlito carlo carlos carlota carlotta carlton carly carlyn carma carman carmel
    carmela carmelia carmelina carmelita carmella carmelo carmen carmina carmine carminho carmon carol
    carola carolann carole carolee carolin carolina caroline caroll carolyn carolyne carolynn caron caroyln
    carri carrie carrol carroll carry carson carsten carter cary caryl carylon caryn cas casandra casemiro
    casey casian casiana casie casimira caspar casper cassandra cassaundra cassey cassi cassidy cassie
    cassondra cassy catalina catarina caterina cathal catharina catharine catherin catherina catherine
    cathern catheryn cathey cathi cathie cathleen cathrin cathrine cathryn cathy catia catina catinca cato
    catrice catrin catrina catrine catrinel catriona cauã cauê cayetana cayetano cayla cazimir ceara cebrián
    cecelia cecil cecila cecile cecilia cecilie cecilio cecille cecily cecilía cecília cedric cedrick cedrin
    ceferino celal celena celesta celeste celestina celestine celestino celia celina celinda celine celsa
    celso cem cemal cemil cengiz centa ceola cerasela cesar cesare cetin ceylin cezar cezara cezary chad
    chadwick chae chan chana chance chanda chandra chanel chanell chanelle chang chantal chantay chante
    chantel chantell chantelle chara charis charise charissa charisse charita charity charla charleen
    charlena charlene charles charlesetta charlette charley charlie charline charlott charlotta charlotte
    charlsie charlyn charmain charmaine charo charolette chas chase chasidy chasity chassidy chastity chau
    chauncey chaya che chelo chelsea chelsey chelsie chema cher chere cheree cherelle cheri cherie cherilyn
    cherise cherish cherith cherly cherlyn cherri cherrie cherry cherryl chery cheryl cheryle cheryll
    chester chet cheyenne chi chia chiara chieko chin china ching chiquita chita chloe chloé chloë chong
    chris chrissy christa christa-maria christal christeen christel christelle christen christena christene
    christer christi christia christian christiana christiane christie christin christina christine
    christinia christl christof christofer christoffer christoper christoph christophe christopher christos
    christy chrystal chu chucho chuck chun chung chus chuy cianan ciara ciaran ciarrai cicely ciera cierra
    cilli cillian cilly cinda cinderella cindi cindie cindy cinthia cintia cinzia ciprian cipriana cipriano
    cira ciriaco cirillo cirino cirkeline ciro ciríaco claas claes clair claire claire-lise clara clare
    clarence claretha claretta claribel clarice clarinda clarine claris clarisa clarissa clarita clark clas
    classie claud claude claudette claudia claudie claudine claudio claudiu claudius claus claus-dieter
    claus-peter clavs clay clayton clelia clemencia clemens clement clemente clementina clementine clemmie
    cleo cleopatra cleora cleotilde cleta cleto cletus cleveland cliff clifford clifton clint clinton
    cliodhna cliona clive clodagh cloe clora clorinda clotilde clyde cláudia cláudio cläre clémence clímaco
    codi codie codin codrin codrina codruț codruța cody cohen colby cole coleen coleman colene coletta
    colette colin colleen collen collene collette collin colm colton coluccio colum columbus conal conall
    conan concepcion concepción conception concetta concha conchita conchur conn connie connor conny conor
    conrad conrado constance constantin constantina constanza constanze constança constanța consuela
    consuelo contessa cooper cora coral coralee coralia coralie corazon cord cordelia cordell cordia cordie
    cordula coreen corene coretta corey cori corie corina corine corinna corinne coriolano corliss cormac
    cornel cornelia cornelio cornelis corneliu cornelius cornell corona corrado corrie corrin corrina
    corrine corrinne corsin cortez cortney corvin cory cosima cosimo cosme cosmin cosmina costache
    costantino costanzo costel costin courteney courtney coy craig crenguța creola crescencia crin crina
    cris criselda crissy crista cristal cristea cristen cristi cristian cristiana cristiano cristie cristin
    cristina cristine cristobal cristofor cristopher cristy cristóbal cruz crysta crystal crystle csaba
    csilla csongor ctibor ctirad cuc curdin curro curt curtis custodia custodio cyndi cyndy cynthia cyprian
    cyril cyrill cyrstal cyrus cythia czeslaw cándida cándido cátia cäcilia cäcilie cécile cédric célia
    célina céline césar cýrus călin cătălin cătălina daan dacia dacian daciana dafina dafne dag dagbjartur
    dagbjörg dagbjört dagfari dagfinnur dagfríður daggeir daggrós dagheiður dagmann dagmar dagmara dagmey
    dagny dagný dagnýr dagobert dagrún dagur dagþór dahlia daiana daina daine daire dairine daisey daisy
    dajana dakota dalbert daldís dale dalene daley dalia dalibor dalila dalla dallas dalli dallilja dalmann
    dalmar dalrós dalton dalvin dalía damaris damian damiano damien damion damir damián damjan damon dan
    dana danae dane danelle danelíus danette daney danfríður danheiður danhildur dani dania danial danica
    daniel daniela daniele daniell daniella danielle danijel danijela danika danille danilo danique danita
    danival danièle daniël dann danna dannette dannie dannielle danny dante danuta danuše danyel danyell
    danyelle danía daníel daníela daníella daníval daphine daphne dara darby darcel darcey darci darcie
    darcy dardan darell daren daria dariana darin dario darius dariusz darko darla darleen darlena darlene
    darline darnell daron darragh darrel darrell darren darri darrick darrin darron darryl darryn darwin
    daryl darío daríus dave davi david davida davide davina davis davíð dawid dawn dawna dawne dayle dayna
    daysi daðey daði daðína deadra deaglan dean deana deandra deandre deandrea deane deangelo deann deanna
    deanne dearbhail dearbhaile dearbhla deb debbi debbie debbra debby debera debi debora deborah debra
    debrah debroah debóra decebal declan dede dedra dee deeann deeanna deedee deedra deena deetta deidra
    deidre deirbhile deirdre deja dejan delaine delana delbert delcie delena delfina delfino delia delicia
    delila delilah delinda delisa dell della delma delmar delmer delmy delois deloise delora deloras delores
    deloris delorse delpha delphia delphine delsie delta demarcus demetra demetria demetrice demetrio
    demetrius demi demi-lee demi-leigh demus dena denae dendý deneen denese denice denis denisa denise
    denisha denisse denita deniz denna dennis dennise denny denver denyse deníel deon deonna derek derick
    dermot derrick dervla derya deshawn desiderio desirae desire desiree desirée desmond despina dessie
    destiny detlef detlev detra devin devon devona devora devorah dewayne dewey dewi dewitt dex dexter dezső
    dia diamond dian diana diane diann dianna dianne diar diarmuid dick dida didda didier didina diedra
    diedre diedrich diego dierdre dierk dieter diethard diethelm diether dietlind dietlinde dietmar dietrich
    digna dijana dilara dilja diljá dillon dimas dimitri dimitrina dimitrios dimmblá dimmey dimple dina
    dinah dinis dino dinorah dinu diogo dion dione dionigi dionisia dionisio dionna dionne dirk dita ditmar
    ditte dittmar divina dixie diána diðrik dobroslav dochia dodie dofri dogan doina dolli dollie dolly
    dolores doloris dom domenic domenica domenico domhnall dominga domingo domingos dominic dominica
    dominick dominik dominika dominique dominque domitila domnica domonique don dona donal donald donat
    donata donatella donatello donato donella donetta donette dong donita donn donna donnell donnetta
    donnette donnie donny donovan donte donya dora dorathy dorcas doreatha doreen dorel dorene doretha
    dorethea doretta dori doria dorian doriana dorie dorin dorina dorinda dorine dorinel doris dorit dorita
    dorla dorle dorli dorota dorotea dorotha dorothe dorothea dorothee dorothy dorothée dorottya dorris
    dorsey dorte dortha dorthe dorthea dorthey dorthy doru dot dottie dotty doug douglas douglass dovie
    doyle draga dragan dragana dragica drago dragoș drahomíra drahoslav drahoslava drauma draumey draupnir
    dreama dreki drema drengur drew drilon drita driton droplaug drucilla drusilla drífa drótt dröfn duane
    duarte ducu dudley dufgus dufþakur dugfús duilio dulce dulcie dumitra dumitrana dumitru duncan dung
    dunja durante dursun dusan dusti dustin dusty duuk dušan dvalinn dwain dwana dwayne dwight dyan dylan
    dylano dániel dávid dæja débora déborah dénes désirée día díana díanna díma dís dísa dísella díómedes
    dóa dómald dómaldi dómaldur dómhildur dónald dónaldur dór dóra dórey dóri dóris dórothea dórótea
    dóróthea dósóþeus dögg dögun dörte dörthe dúa dúfa dúi dúna dúnn dýrborg dýrfinna dýri dýrleif dýrley
    dýrmundur dýrunn eadaoin eamon eamonn earl earle earlean earleen earlene earlie earline earnest
    earnestine eartha easter ebba ebbe ebbi ebeneser ebenezer eberg eberhard eberhardt eboni ebonie ebonney
    ebony ecaterina echo eckard eckart eckehard eckhard eckhardt eckhart ecrin ed eda edda eddie eddy edel
    edelbert edelgard edelmira edelmiro edeltraud edeltraut edeltrud eden edgar edgardo edie edil edilon
    edin edina edison edit edita edith editha edmond edmund edmundo edna edoardo edon edona edra edris edu
    eduard eduarda eduardo edvard edvin edward edwardo edwin edwina edyth edythe edílon eelis eemeli eemil
    eerik eero eetu eeva efemía effie efrain efraím efraín efren eftimia eftimie egbert egedía eggert eggrún
    eggþór egil egill egla egon egzon egzona ehrenfried ehrentraud ehrhard ehtel eija eik eikar eila eileen
    eilene eilis eilish eilífur eimear eimer eimhear einar einari einbjörg eindís einer einey einfríður
    einhildur einir eino einrún einvarður einína einþór eir eira eirdís eirfinna eirik eirný eiríka eiríkur
    eirún eitel eivin eivind eivor eiðar eiðný eiðunn eiður ekaterina ekkehard ekkehart ekrem ela eladia
    eladio elaina elaine elana elane elanor elayne elba elberg elbert elda eldar eldbjörg elden eldey
    eldgrímur eldjárn eldlilja eldmar eldon eldora eldridge eldrún eldur eldór elea eleanor eleanora
    eleanore elease eleina elektra elemér elena elenborg elene eleni elenor elenora elenore elentínus
    eleonor eleonora eleonore eleuterio elfa elfar elfi elfie elfreda elfrieda elfriede elfráður elfur eli
    elia eliana eliane elias elicia elida elidia elif eligia eligio eliisa elijah elimar elin elina elinborg
    eline elinor elinore elinór elio elis elisa elisabet elisabeta elisabete elisabeth elisabetha elisabetta
    elisaveta elise eliseo elisha elissa eliz eliza elizabet elizabeth elizbeth elize elizebeth eliška elka
    elke ella elladio ellamae ellan ellen ellena ellert elley elli ellie ellinor elliot elliott ellis
    ellisif elliði ellsworth elly ellyn ellín ellís ellý elma elmar elmer elmeri elmira elmo elna elnora
    eloah elodia elodie elof elois eloisa eloise elona elouise eloy eloá eloísa eloïse elpidio elroy elsa
    elsabet elsbeth else elsebeth elsie elsy elsí elsý elton elva elvar elvera elvi elvia elvie elvin elvina
    elvira elvis elvy elvíra elvý elwanda elwira elwood elyas elyse elza elzbieta eléonore elí elía elíana
    elías elíeser elímar elín elína elínbergur elínbet elínbjörg elínbjört elínborg elíndís elíngunnur
    elínheiður elínmundur elínrós elíná elínór elírós elís elísa elísabet elísabeth elżbieta ema emanoil
    emanuel emanuela emanuele emanuella emanuelly emanuil emanúel embla embrek emelda emelia emelie emelina
    emeline emely emelía emelíana emelína emer emerald emeralda emerita emerson emery emese emigdio emiko
    emil emile emilee emilia emilian emiliana emiliano emilie emilija emilio emilly emily emilía emilíana
    emilíanna emilý emin emina emine emir emma emma-louise emmaline emmanuel emmanuelle emmanúel emmerich
    emmet emmett emmi emmie emmitt emmy emmý emogene emory emperatriz emre emília emý ena enar encarna
    encarnacion encarnación encarnita enda endre endrit enea enedina eneida eneka enes engelbert engilbert
    engilbjartur engilbjört engiljón engill engilráð engilrós engin engla enid enika enikő enis enja ennio
    enno enoch enok enola enrico enrique enriqueta ensar ensio enver enya enzio enzo enóla eoghan eoin
    epifania epifanio era eraldo erasmo ercan erdal erdmute erdogan eremia eren eres erhard erhardt eric
    erica erich erick ericka erik erika erin erina erinn erion erkan erkki erla erland erlar erlen erlendur
    erlene erlinda erline erling erlingur erlín erma ermanno ermelinda ermenegildo ermes erminia erna ernest
    ernestina ernestine ernesto ernestó ernie ernir ernst ernst-august ernst-dieter ernst-otto ernő erol
    eron erpur errol ervin erwin eryk eryn erzsébet esa esben esekíel esila esja esjar eskil esko esma
    esmarelda esmee esmeralda esmée espen esperanza espiridión esra essi essie esta esteban estefan estefana
    estefanía estela estell estella estelle ester estera esteri esther estiva estrella eszter etelka
    etelvina etha ethan ethel ethelene ethelyn ethyl etienne etna etsuko etta ettie ettore euan eufemia
    eufemía eufrosina eugen eugena eugene eugenia eugenie eugenio eugène eula eulah eulalia eun euna eunan
    eunice eura eusebia eusebio eusebiu eustaquio eustațiu eustolia eutimio eutropio eva eva-lena eva-maria
    eva-marie evald evalyn evamaria evan evangelia evangelina evangeline evangelista evangelos evanghelina
    evaristo eve evelia evelien eveliina evelin evelina eveline evelyn evelyne evelynn evelína everett
    everette evert evette evey evfemía evgenía evi evia evie evita evlalía evon evonne evy evíta ewa ewald
    ewan ewelina exie ey eyberg eybjörg eybjört eydís eyfríður eygerður eygló eyhildur eyja eyjalín eyjólfur
    eylaugur eyleif eyleifur eylín eymar eymundur eyríkur eyrós eyrún eysteinn eyvar eyveig eyvindur eyvör
    eyþrúður eyþór eyþóra ezekiel ezequiel ezio ezra eðna eðvald eðvar eðvarð faas fabia fabian fabiana
    fabienne fabio fabiola fabián fabiënne fabrice fabricio fabrisíus fabrizia fabrizio fadil fadime fae
    fainche fairy faith falgeir falk falko fallon falur fannar fannberg fanndís fanney fanngeir fanni fannie
    fannlaug fanny fanný farah farrah faruk fatih fatima fatimah fatime fatma fatmir fatmire faton faustina
    faustino fausto faviola fawn fay faye fe feargal fearghal febe febrún fedde fedele federica federico
    federigo fedor felecia felica felice felicia feliciana feliciano felicidad felicita felicitas feline
    felipa felipe felisa felisha felix felizitas felton fem fema femke fengur fenna fenne fenrir ferdi
    ferdinand ferdinando ferdínand ferenc fergal fergus fermin fermina fermín fern fernanda fernande
    fernando ferne fertram feykir fiamma fidel fidela fidelia fien fiene filiberto filip filipa filipe
    filippa filippo filippus filippía filipía filiz filofteia filomena finbar finn finna finnbjörg finnbjörk
    finnbjörn finnboga finnbogi finnborg finndís finney finnfríður finngeir finnjón finnlaug finnlaugur
    finnrós finnur finnvarður fintan fiodor fiona fionntan fionnuala fiorenzo fiorino fisnik fitim fito
    fitore fjalar fjalldís fjarki fjóla fjólar fjólmundur fjölnir fjölvar fjörnir flamur flavia flavio
    flaviu flemming fleta fletcher fleur flo floare floarea floor floortje flor flora florance florea
    florence florencia florencio florene florent florentin florentina florentine florentino florența
    floretta floria florian floriana floriane florica florida florim florin florina florinda florine floris
    florrie flosi flossie floy floyd flurin flurina flynn flóki flóra flórent flóvent folda folke folker
    folkert fonda forest forni forrest fortunata fortunato fossmar foster fran franca france francene
    frances francesca francesco franchesca francie francina francine francis francisc francisca francisco
    franciszek franck franco francoise franjo frank frank-michael frank-peter franka frankie franklin
    franklyn franklín frans fransisca fransiska františek františka franz franz-josef franz-peter
    franz-xaver franziska françois françoise fraser frauke frazer fred freda fredda freddie freddy frede
    frederic frederica frederick fredericka frederico frederik frederike frederikke frederique fredi fredia
    fredo fredric fredrick fredricka fredrik fredrika fredy freeda freeman fregn freia freida freja freya
    freybjörn freydís freygarður freygerður freyja freylaug freyleif freymar freymundur freymóður freyr
    freysteinn freyviður freyþór frida fridolin frieda friedbert friedemann frieder friedericke friederike
    friedhelm friedhilde friedhold friedl friedlinde friedo friedrich friedrich-karl friedrich-wilhelm frigg
    frithjof fritz friðberg friðbergur friðbert friðbjörg friðbjörn friðbjört friðborg friðdís friðdóra
    friðey friðfinna friðfinnur friðgeir friðgerður friðjón friðjóna friðlaug friðlaugur friðleif friðleifur
    friðlín friðmann friðmar friðmey friðmundur friðný friðrik friðrika friðrikka friðrós friðrún friðsemd
    friðsteinn friður friðveig friðvin friðþjófur friðþór friðþóra frode frosti frostrós frusina fryderyk
    frán fránn frár frédéric frédérique frímann fríða fríður fróði fróðmar fróðný fulgencio fulvio fumiko
    funi fura fylkir fynn fábio fáfnir fálki fátima féline félix fía fídes fífa fífill fólki fönn fúsi gabi
    gabino gabor gabriel gabriela gabriele gabriella gabrielle gabrielly gabríel gabríela gabríella gaby
    gael gaetano gaia gail gaja gala galasso galdur gale galen galina galo gamalíel gani ganimete gareth
    garfield garibaldi garland garnet garnett garpur garret garrett garri garry garth gary garðar gaspar
    gaspare gaston gastone gastón gaui gauja gaukur gauthildur gauti gautrekur gautur gautviður gavin gay
    gaye gayla gayle gaylene gaylord gaynell gaynelle gazmend gaëlle geanina gearldine gebhard geert gefjun
    gefn geir geira geirarður geirbjörg geirdís geirfinna geirfinnur geirfríður geirharður geirhildur
    geirhjörtur geirhvatur geiri geirlaug geirlaugur geirleifur geirlöð geirmundur geirný geirríður
    geirröður geirrún geirtryggur geirvaldur geirólfur geirþjófur geirþrúður geisli gellir gelsomina gelu
    gema gemma gena genaro gene genesis geneva genevie genevieve genevive geneviève genia genie genna
    gennaro gennie genny genoveva gențiana geoffrey georg georgann george georgeann georgeanna georgel
    georgene georges georgeta georgetta georgette georgia georgian georgiana georgiann georgianna georgianne
    georgie georgina georgine georgios georgía gerald geraldine geraldo geralyn gerard gerardo gerd gerda
    gerdi gereon gerfried gergely gergő gerhard gerhardt gerhart gerhild geri gerlind gerlinde germaine
    german germana germán gernot gero gerold gerolf geronimo gerri gerrit gerry gert gerta gertha gerti
    gertie gertraud gertraude gertraut gertrud gertrude gertrudis gertude gervasio gerwin gerða gerðar
    gerður gerónimo gesa gesche gesine gestheiður gestný gestrún gestur geta geza ghenadie gheorghe
    gheorghiță gherghina ghislaine ghiță gia giacinto giacobbe giacomo giada giampaolo giampiero gian
    gian-luca giancarlo gianfrancesco gianfranco gianina gianluca gianluigi gianmarco gianna gianni
    gianpaolo gianpietro gicu gică gidget giel giesela gigi gijs gil gilbert gilberte gilberto gilda giles
    gilles gillian gillis gillý gilma gilmar gils gilslaug gina ginette ginger ginny gino gioacchino
    gioachino gioele gioffre gioia gion gionata giorgia giorgian giorgiana giorgio giosuè giovanna giovanni
    girolamo gisa gisbert gisela gisele giselle gislinde gissunn gissur gisèle gita gitta gitte giulia
    giuliana giuliano giulietta giulio giuseppa giuseppe giuseppina giustino gizella gizur gjaflaug gjúki
    gladis glady gladys glauco glayds glen glenda glendora glenn glenna glennie glennis glenys glinda gloria
    glory gloría glynda glynis gló glóa glóbjört glódís glóey glói glóð glúmur gneisti gná gnúpur gnýr
    godofredo goffredo golda golden goldie gonzalo gonçalo goran gordana gordon gorm gottfrid gottfried
    gotthard gotthilf gotthold gottlieb gottlob gottskálk gottsveinn goyo goði goðmundur grace gracia
    graciana graciano gracie graciela grady graeme graham graig grainne grani grankell grant granville
    grayce grayson grazia graziano graziella grazyna grațian grațiana grațiela greca greco greg greger gregg
    gregor gregoria gregorian gregorio gregory grein greipur greppur gret greta gretar gretchen grete gretel
    grethe gretl gretta grettir gricelda grigore grisel griselda grit gro grover grzegorz grégoire grélöð
    grét gréta grétar gríma grímar grímey grímheiður grímhildur grímkell grímlaugur grímnir grímur grímólfur
    grímúlfur gróa guadalupe guarino gudrun gudula guenter guenther guglielmo guido guilherme guillaume
    guillermina guillermo guiomar guiseppe gullbrá gullveig gullý gumi gumma gun gun-britt gunar gunborg
    gunda gundel gundhild gundi gundolf gundula gunhild gunilla gunn gunnar gunnberg gunnbjörg gunnbjörn
    gunnbjört gunnborg gunndís gunndór gunndóra gunnel gunnella gunner gunnfinna gunnfríður gunngeir
    gunnhallur gunnharða gunnheiður gunnhildur gunnjóna gunnlaug gunnlaugur gunnleif gunnleifur gunnlöð
    gunnröður gunnrún gunnsteinn gunnur gunnvaldur gunnveig gunnvör gunnólfur gunnóli gunný gunnþór gunnþóra
    gunnþórunn gunter gunther guntram gunvor gurli gurrý gus gussie gustaf gustav gustavo gustaw gusti
    gusztáv gutti guttormur guus guusje guy guðberg guðbergur guðbjarni guðbjartur guðbjörg guðbjörn
    guðbjört guðborg guðbrandur guðdís guðfinna guðfinnur guðfreður guðfríður guðgeir guðjón guðjóna guðlaug
    guðlaugur guðleif guðleifur guðleikur guðlín guðmann guðmar guðmey guðmon guðmunda guðmundur guðmundína
    guðni guðný guðráður guðríður guðröður guðrún guðsteina guðsteinn guðvarður guðveig guðveigur guðvin
    guðþór gwen gwenda gwendolyn gwenn gwyn gwyneth gyda gylfi gyrðir gytta gyula gyða gyðja gyðríður
    gyöngyi györgy györgyi győző gzim gábor gæfa gæflaug géraldine gérard géza gía gídeon gígja gígjar
    gísela gísla gísley gísli gíslný gíslrún gíslunn gíslína gíta góa gógó gói gökhan gönül göran gösta göte
    götz gúa gústaf gústav gülay gülsen gülten günter günther gýgjar gýmir ha hadassa hadda haddi haddur
    haddý hae hafberg hafbjörg hafborg hafdís hafey hafgrímur hafliða hafliði haflína hafnar hafni hafný
    hafrós hafrún hafsteina hafsteinn hafþór hafþóra hagalín hagbarður hagbert hagen hai hailey hajnalka
    hajo hakan haki hal haley halil halina halla hallbera hallberg hallbjörg hallbjörn hallborg halldís
    halldór halldóra halley hallfreður hallfríður hallgarður hallgeir hallgerður hallgils hallgrímur
    hallgunnur hallie hallkatla hallkell hallmann hallmar hallmundur hallný hallrún hallsteinn hallur
    hallvarður hallveig hallvör hallþór hamar hamid hamish hampus hamza han hana hang hanh hanife hank hanna
    hannah hannchen hanne hanne-lore hannele hannelore hannes hanney hanni hannibal hanno hanns hannu hanny
    hans hans-adolf hans-albert hans-bernd hans-christian hans-detlef hans-dieter hans-dietrich
    hans-eberhard hans-erich hans-friedrich hans-georg hans-gerd hans-gerhard hans-günter hans-günther
    hans-heinrich hans-helmut hans-henning hans-herbert hans-hermann hans-hinrich hans-joachim hans-jochen
    hans-josef hans-jörg hans-jürgen hans-karl hans-ludwig hans-martin hans-michael hans-otto hans-peter
    hans-rainer hans-rudolf hans-theo hans-ulrich hans-uwe hans-walter hans-werner hans-wilhelm hans-willi
    hans-wolfgang hansa hansgeorg hansjoachim hansjörg hansjürg hansjürgen hanspeter hansruedi hansueli
    hansína haralamb haralambie harald haraldur hardy haris harlan harland harley harm harmony harold
    haroldo harpa harper harri harriet harriett harriette harris harrison harro harry harrý hartmann hartmut
    hartmuth hartvig hartwig harun harvey hasan hassan hassie hasso hatice hattie hauksteinn haukur
    haukvaldur hauður hava haydee hayden haydée hayleigh hayley haywood hazel heath heather heba hector
    hedda hedi hedvig hedvika hedwig hedy hedí hee hege heide heide-marie heidelinde heidelore heidemarie
    heiderose heidi heidrun heidy heike heikir heikki heiko heilmóður heimir heimo heiner heinfried heini
    heino heinrekur heinrich heinz heinz-dieter heinz-georg heinz-gerd heinz-günter heinz-günther
    heinz-joachim heinz-josef heinz-jürgen heinz-otto heinz-peter heinz-walter heinz-werner heinz-wilhelm
    heinz-willi heisi heitor heiða heiðar heiðarr heiðberg heiðbert heiðbjörg heiðbjörk heiðbjört heiðbrá
    heiðdís heiðlaug heiðlindur heiðlóa heiðmann heiðmar heiðmundur heiðný heiðrekur heiðrós heiðrún heiður
    heiðveig hekla hektor helaine helen helena helene helfried helga helge helgi heli helinä heliodoro hella
    helle hellen hellena hellevi hellmut hellmuth helma helmar helmer helmi helmtrud helmut helmuth helmút
    heloisa heloísa helvi helén heléne hemi hemmert hendrik hendrikka henna henner henni henning henny henný
    henri henric henrieta henrietta henriette henrik henrika henrike henrikki henrique henry henryk
    henríetta henrý hera heracleea heraclio herb herbert herberto herbjörg herbjörn herbjört herborg herdis
    herdís herfinnur herfríður hergeir hergerður hergill hergils heribert heriberto herjólfur herlaug
    herlaugur herleifur herlinda herlinde herluf herma herman hermann hermann-josef hermanni hermelinda
    hermenegildo hermila hermina hermine herminia herminio hermundur hermína hermóður hernando hernán
    herrmann herschel hershel hersilía hersir hersteinn hersveinn herta hertha hervar hervarður hervin
    hervör herwig herþrúður hester hettie hidde hiedi hien hilaria hilario hilary hilaríus hilbert hilda
    hildar hildburg hilde hildegard hildegarde hildegart hildegund hildegunde hildibergur hildibjörg
    hildibrandur hildigeir hildigerður hildiglúmur hildigunnur hildimar hildimundur hilding hildingur hildir
    hildiríður hildisif hildiþór hildred hildur hilkka hillary hillevi hilma hilmar hilmir hilton hiltraud
    hiltrud himinbjörg himri hind hinewai hinrich hinrik hinrika hinrikka hipolito hipólito hiram hiroko
    hisako hjallkár hjalmar hjalta hjalte hjaltey hjalti hjarnar hjálmar hjálmdís hjálmey hjálmfríður
    hjálmgeir hjálmgerður hjálmrós hjálmrún hjálmtýr hjálmur hjálmveig hjálmþór hjördis hjördís hjörfríður
    hjörleif hjörleifur hjörný hjörtfríður hjörtur hjörtþór hjörvar hlaðgerður hleiðar hlini hljómur hlynur
    hlédís hlégestur hlér hlíf hlífar hlín hlíðar hlíðberg hlökk hlöðmundur hlöður hlöðvarður hlöðver
    hnefill hnikar hnikarr hoa hoani hobert holgeir holger holley holli hollie hollis holly holm holti homer
    honey hong honoré hope horace horacio horațiu horea horia horst horst-dieter horst-günter horst-peter
    hortencia hortense hortensia horymír hosea houston howard hoyt hrafn hrafna hrafnar hrafnbergur
    hrafnborg hrafndís hrafney hrafngerður hrafnheiður hrafnhildur hrafnkatla hrafnkell hrafnlaug hrafntinna
    hrafntýr hrannar hrappur hraunar hraundís hrefna hreggviður hreimur hreindís hreinn hreiðar hreiðmar
    hringur hrollaugur hrolleifur hrund hrærekur hrímnir hróaldur hróar hróbjartur hrói hrólfdís hrólfur
    hrómundur hróðgeir hróðmar hróðný hróðvar hróðólfur hrönn hrútur hsiu hubert hubertine hubertus hudson
    hue huey hugberg hugbjörg hugbjört hugborg hugdís hugh hugi huginn hugleikur hugljúf hugo hugrún hugues
    huguette hugó hui huia huld hulda huldar huldrún huldís humberto hung hunor hunter huong hussein huxley
    hvannar hvönn hwa hyacinth hye hyltir hylur hyman hynek hyo hyon hyun hákon hákonía háleygur hálfdan
    hálfdán hámundur hárekur hárlaugur hásteinn hávar hávarr hávarður håkan håkon håvard hængur hænir héctor
    hélène héðinn híram hólm hólmar hólmbert hólmbjörg hólmdís hólmfastur hólmfríður hólmgeir hólmgrímur
    hólmkell hólmsteinn hólmþór hóseas hödd högna högni hörn hörður höskuldur höður húbert húgó húmi
    húnbjörg húnbogi húndís húngerður húni húnn húnröður hülya hüseyin iacob iain ian iancu ianis iara
    iasmina ib iben ibolya ibrahim ibán ica ida idalia idda idell idella idriz idun ieremia iesha ignacia
    ignacio ignacy ignatz ignaz ignazio ignác igor ihaia iida iiris iisakki ike iker ila ilana ilari ilaria
    ilarie ilarion ilda ildefonso ildiko ildikó ileana ileen ilene ilenia ilhan iliana ilias ilie ilija
    ilinca ilir ilja ilka ilkka illa illugi ilmari ilmur ilona ilonka ilse iluminada ima imelda imer imke
    immanúel immo immý imogen imogene imran imre ina inaya inda indi india indiana indie indira indra
    indriði indy indía indíana indíra inell ines inez ing-britt ing-marie inga inga-britt inga-lill ingalill
    ingberg ingbert ingdís inge ingeborg ingeburg ingegerd ingegärd ingela ingelise ingelore ingemar inger
    ingetraud ingetraut ingey ingheiður inghildur ingi ingiberg ingibergur ingibert ingibjartur ingibjörg
    ingibjörn ingibjört ingiborg ingifinna ingifríður ingigerður ingilaug ingileif ingileifur ingilín
    ingimagn ingimar ingimaría ingimunda ingimundur ingiríður ingirós ingisól ingivaldur ingiveig ingiþór
    ingjaldur ingmar ingo ingolf ingrid ingried ingrún ingunn ingvaldur ingvar ingveldur ingvi ingólfur
    ingþór inka inken inkeri inmaculada inna inocencia inocencio inocențiu insa inès inés inês ioan ioana
    ioanina ioannis iola iolanda ion iona ione ionel ionela ionelia ionică ionuț iosefina iosif ippazio ira
    iraida irena irene irfan iridenta irina irinel iris irish irja irma irmela irmeli irmengard irmgard
    irmhild irmi irmingard irmtraud irmtraut irmtrud irmý irpa irvin irving irwin iryna irène irén iréne isa
    isaac isabel isabela isabell isabella isabelle isabelly isac isadora isaiah isaias isak isaque isaura
    isaías ise isela isiah isidor isidora isidoro isidra isidro isis isla ismael ismail ismet ismo isobel
    isolde israel isreal issac issi istvan istván itziar iulia iulian iuliana iuliu iurie iustin iustina
    iustinian iva ivan ivana ivanka ivano ivar ivelisse iver iveta ivette ivey ivica ivo ivona ivonne ivory
    ivy iván iwan iwo iwona izabela ize izetta izola iða iðunn ja jaakko jaana jacalyn jacek jacelyn jacinda
    jacinta jacinto jack jackeline jackelyn jacki jackie jacklyn jackqueline jackson jaclyn jacob jacobine
    jacobo jacopo jacqualine jacque jacquelin jacqueline jacquelyn jacquelyne jacquelynn jacques jacquetta
    jacqui jacquie jacquiline jacquline jacqulyn jada jade jadwiga jae jael jafet jaime jaimee jaimie jake
    jaki jakob jakobína jakop jakub jaleesa jalisa jalmari jama jamaal jamal jamar jame jamee jamel james
    jamey jami jamie jamie-lee jamie-leigh jamika jamil jamila jamison jammie jan jan-erik jan-olof
    jan-peter jan-åke jana janae janay jane janean janee janeen janel janell janella janelle janene janessa
    janet janeta janeth janett janetta janette janey jani janic janice janick janie janiece janik janin
    janina janine janis janise janita janko jann janna janne jannet jannette janni jannie jannik jannika
    jannis jano janos janosch january janus janusz janyce jaqueline jaquelyn jara jared jari jarkko jarl
    jarlath jarmila jarmo jarno jarod jaromír jaron jaroslav jaroslava jaroslaw jarred jarrett jarrod jarvis
    jarún jarþrúður jasin jasmijn jasmin jasmina jasmine jasmín jason jasper jaunita javi javier javiera
    jaxon jay jayda jayde jayden jaye jaylinn jayme jaymie jayna jayne jayson jazmin jazmine jaël jc jean
    jean-claude jean-luc jean-marc jean-pierre jeana jeane jeanelle jeanene jeanett jeanetta jeanette
    jeanice jeanie jeanine jeanmarie jeanna jeanne jeannetta jeannette jeannie jeannine jed jeff jefferey
    jefferson jeffery jeffie jeffrey jeffry jelena jelle jelte jemma jen jena jenae jenaro jene jenee jenel
    jenell jenelle jenetta jenette jeneva jeni jenice jenifer jeniffer jenine jenise jenna jennefer jennell
    jennette jenni jennie jennifer jenniffer jennine jenny jenný jens jens-peter jens-uwe jensína jente jenő
    jeppe jerald jeraldine jeramy jere jeremi jeremiah jeremias jeremy jeremías jeri jerica jerilyn jerker
    jerlene jermaine jerold jerome jeromy jerrell jerri jerrica jerrie jerrod jerrold jerry jerzy jerónimo
    jes jesenia jesica jesper jess jesse jessenia jessi jessia jessica jessie jessika jessý jestine jesus
    jesusa jesusita jesús jet jetmir jeton jetta jettie jewel jewell ji jil jill jillian jim jimena jimmie
    jimmy jin jina jindřich jindřiška jinny jinthe jip jiri jitka jiřina jiří jo joachim joacim joakim joan
    joana joane joanie joann joanna joanne joannie joao joaquim joaquin joaquina joaquín job jobst jocelyn
    jocelyne jochem jochen jochum jodee jodi jodie jody joe joeann joel joella joelle joellen joep joerg
    joesph joetta joette joey johan johana johann johanna johanne johannes john johna johnathan johnathon
    johnetta johnette johnie johnna johnnie johnny johnsie johnson joi joie jolana jolanda jolanta jolanthe
    joleen jolene jolie jolijn joline jolyn jolynn jolán jon jona jonah jonas jonatan jonathan jonathon jone
    jonell jonelle jong joni jonie jonna jonnie jonny jonáš joona joonas joonatan joost jordan jordana jordi
    jordon jordy jordán jorge joris jorja jorma jorn jort jorunn jose josef josefa josefiina josefin
    josefina josefine joselyn josep joseph josephina josephine josette josh joshua josiah josiane josie
    josip joslyn jospeh josphine jost josua josue josué josé joséphine jouko jouni jovan jovana jovina
    jovita joy joya joyce joycelyn joye jozef joão joël joëlle juan juana juanita juanito jude judi judie
    judit judita judith judson judy juergen juha juhana juhani juho jukka jule julee julene jules juli julia
    julian juliana juliane juliann julianna julianne julie julie-anne julieann julien julienne juliet
    julieta julietta juliette julijana julio julissa julita julius juliusz julián juna june jung juni junie
    junior junita junko juri jurij jurre jussi justa justin justina justine justus justyna jusuf jutta juul
    juulia juuso jyrki jytte ján jános járnbrá járngerður járngrímur játgeir játmundur játvarður jázmin
    jérôme jéssica jóa jóakim jóann jóanna jódís jóel jófríður jóhann jóhanna jóhannes jói jólín jómar
    jómundur jón jóna jónanna jónar jónas jónasína jónatan jónbjörg jónbjörn jónbjört jóndís jóndór jóndóra
    jóney jónfríður jóngeir jóngerð jónheiður jónhildur jóninna jónmundur jónný jónsteinn jónída jónína jóný
    jónþór jóra jórlaug jórunn jóríður jósafat jósavin jósebína jósef jósefín jósefína jósep jósteinn jósúa
    jóvin józef józsef jökla jökull jökulrós jörfi jörg jörg-peter jörgen jörgína jörmundur jörn jörri
    jörundur jörvar jörvi jørgen júdea júdit júlia júlí júlía júlían júlíana júlíanna júlíetta júlírós
    júlíus júní júnía júníana júníus júrek jürg jürgen jędrzej ka kaan kaarina kaarlo kacey kaci kacie
    kacper kacy kahu kahurangi kai kai-uwe kaia kaija kaila kaique kaisa kaitlin kaitlyn kaj kaja kajetan
    kajsa kakali kaktus kala kaldi kaleb kaleigh kalervo kalevi kaley kali kalina kalla kalle kallie kalman
    kalmann kalmar kaltrina kalyn kam kamala kami kamil kamila kamilah kamilla kamilly kamma kamí kandace
    kandi kandice kandis kandra kandy kane kanesha kanisha kapitola kaprasíus kapítóla kara karan kareem
    kareen karel karen karena karey kari karie karim karima karin karina karine karisa karissa karitas
    karkur karl karl-august karl-dieter karl-erik karl-ernst karl-friedrich karl-georg karl-hans
    karl-heinrich karl-heinz karl-hermann karl-josef karl-jürgen karl-ludwig karl-otto karl-peter
    karl-werner karl-wilhelm karla karleen karlene karles karley karlfried karlheinz karli karlijn karlinna
    karlo karlotta karly karlyn karlína karma karmen karol karola karole karoliina karolin karolina karoline
    karolyn karolína karon karren karri karrie karry karsten karvel kary karyl karyn karí karín karína
    karítas karó karólín karólína kasandra kasey kasha kasi kasie kasimir kaspar kasper kassandra kassie
    kastriot kastíel kata katalin katariina katarina katarzyna katarína katarínus katcha kate katelin
    katelyn katelynn katerina katerine katerína kateřina kathaleen katharina katharine katharyn kathe
    katheleen katherin katherina katherine kathern katheryn kathey kathi kathie kathinka kathleen kathlene
    kathline kathlyn kathrin kathrine kathryn kathryne kathy kathyrn kati katia katie katie-louise katina
    katinka katja katla katlyn katri katrice katriina katrin katrina katrine katrín katrína kattie katy kató
    katý kauko kauri kay kay-uwe kayce kaycee kayden kaye kayla kaylee kayleen kayleigh kaylene kazim
    kazimierz kazuko kaðlín kealan keano keanu kecia keegan keelan keeley keely keena keenan keesha keeva
    keijo keiko keila keira keisha keith keitha keld keli kelle kellee kelley kelli kellie kelly kelly-anne
    kelly-marie kellye kellý kelsey kelsi kelsie kelvin kemal kemberly ken kena kenan kenda kendal kendall
    kendra kendrick keneth kenia kenisha kenn kenna kennet kenneth kennith kenny kent kenth kenton kenya
    kenyatta kenyetta kera keran keren keri kerim kermit kerri kerrie kerry kerstin kerttu kesha keshia
    ketilbjörg ketilbjörn ketilfríður ketill ketilríður keturah keva keven kevin khadija khadijah khaled
    khalid khalilah khloe kia kian kiana kiara kick kiddý kiera kieran kiersten kiesha kieth kike kiki kiley
    kilian kiljan killian kilían kim kimber kimberely kimberlee kimberley kimberli kimberlie kimberly
    kimbery kimbra kimi kimiko kimmo kina kindra king kinga kingston kip kira kirby kiri kirk kirsi kirsten
    kirsti kirstie kirstin kirstine kirsty kirstín kisha kit kitti kittie kitty kittý kiyoko kizzie kizzy
    kjalar kjallakur kjalvör kjaran kjartan kjarval kjeld kjell kjersti kjetil kjárr kjói klaas klara klas
    klaudia klaudie klaus klaus-dieter klaus-günter klaus-jürgen klaus-michael klaus-peter klaus-ulrich
    klaus-werner klavs klemens klement klementína klemenz kleópatra klothilde kládía klára kläre klængur
    knud knut knörr knútur koen koggi kolbeinn kolbjörg kolbjörn kolbrá kolbrún koldís kolfinna kolfinnur
    kolfreyja kolgríma kolgrímur kolka kolmar kolskeggur kolur kolviður konkordía konný konrad konráð
    konstantin konstantinos konstanty konstantínus konstanze kora korbinian kordula korey kori korinna korka
    kormlöð kormákur kornel kornelia kornelius kornelía kornelíus kornél kort kortney kory kourtney koðrán
    kraig kraki kreszentia kreszenz kriemhild kris krishna krissy krista kristal kristall kristan kristberg
    kristbergur kristbjörg kristbjörn kristborg kristdór kristeen kristel kristen kristens kristensa krister
    kristey kristfinnur kristfríður kristgeir kristgerður kristi kristian kristiane kristie kristiina
    kristijan kristin kristina kristine kristinn kristjana kristján kristjón kristjóna kristlaug kristlaugur
    kristle kristleifur kristlind kristlín kristmann kristmar kristmundur kristný kristofer kristoffer
    kristopher kristrós kristrún kristvaldur kristvarður kristveig kristvin kristvina kristy kristyn
    kristíana kristíanna kristín kristína kristóf kristófer kristólína kristýna kristþór kristþóra krisztina
    krisztián krisztofer krummi krysta krystal krysten krystian krystin krystina krystle krystyna kryštof
    krzysztof kría ksawery kujtim kullervo kum kumar kunibert kunigunda kunigunde kuno kurt kurtis kushtrim
    kustaa kveldúlfur květa květoslava kyan kyano kyara kyla kyle kylee kylie kyllikki kym kymberly kyoko
    kyong kyra kyung kálmán kár kára kári károly käte käthe käthi kåre kæja kévim kókó kópur labinot lacey
    lachelle lachlan laci lacie lacresha lacy lada ladawn ladina ladislau ladislaus ladislav ladislava
    ladonna lady lael laetitia lage lahoma lai laila laine lajos lajuana lakeesha lakeisha lakendra lakenya
    lakesha lakeshia lakia lakiesha lakisha lakita lala lalo lamar lambert lamberto lamonica lamont lan lana
    lance lando landon lane lanell lanelle lanette lang lani lanie lanita lannie lanny lanora laoise
    laquanda laquita lara lara-sophie larae laraine laree larhonda larisa larissa larita laronda larraine
    larry lars lars-erik lars-göran lars-olof lars-åke larue lasandra lascăr lashanda lashandra lashaun
    lashaunda lashawn lashawna lashawnda lashay lashell lashon lashonda lashunda lasonya lasse lassi laszlo
    latanya latarsha latasha latashia latesha latia laticia latina latisha latonia latonya latoria latosha
    latoya latoyia latrice latricia latrina latrisha laufar laufey laufheiður laufhildur lauga laugey
    laugheiður laugi launa laura lauralee lauran laure laureano laureen laurel lauren laurena laurence
    laurene laurens laurent laurenz laurenția laurențiu lauretta laurette lauri laurian lauriane laurice
    laurie laurin laurinda laurine laurits lauritz lauryn laus laust lavada lavelle lavenia lavera lavern
    laverna laverne laveta lavette lavina lavinia lavon lavona lavonda lavone lavonia lavonna lavonne
    lavínia lawana lawanda lawanna lawerence lawrence layla layne lazar lazaro lazzaro lazăr laíla laís lea
    lea-sophie leah lean leana leander leandra leandro leann leanna leanne leano leanora leart leatha
    leatrice lecia leda ledion lee leeann leeanna leeanne leena leesa leevi leia leida leif leifur leigh
    leigha leighann leiknir leikný leila leilani leire leisa leisha leiðólfur lejla lekisha lela lelah
    leland lelia lemuel len lena lenard lene leni lenita lenka lenn lenna lennard lennart lennarth lennie
    lenny lenora lenore leo leocadia leocadio leokadia leola leoma leon leona leonard leonarda leonardo
    leoncio leone leonel leonhard leoni leonia leonid leonida leonie leonila leonor leonora leonore leontin
    leontina leontine leonóra leopold leopoldina leopoldine leopoldo leora leordean leota leoš lera leroy
    les lesa lesha lesia leslee lesley lesli leslie lessie lester leszek leta letha leticia letisha letitia
    letizia letiția lettie letty letícia levente levi levin leví lewis lex lexie leyla leyre lezlie leó león
    leóna leónóra leópold li lia liam lian liana liane lianne lias libbie libby liberto liberty libor
    librada libuše licia lică lida lidia lidija lidwina lieke lien liesa liesbeth lieschen liesel lieselotte
    lieve ligia liisa lila lili lilia lilian liliana liliane lilija lilja liljar liljurós liljá lill lilla
    lillemor lilli lillia lilliam lillian lilliana lillie lilly lillý lilo lily lilý lin lina lincoln lind
    linda lindar lindberg linddís linde lindita lindsay lindsey lindsy lindy line linette ling lingný linh
    linn linnea linnie linnéa lino linsey linus linwood lio lioara lioba lionel liridon liridona lirim lisa
    lisa-marie lisabeth lisandra lisandro lisanne lisbet lisbeth lise lise-lott lise-lotte liselott
    liselotte lisette lisha lissa lissette lissi lissy listalín lita liv liva livia livio liviu liwia liz
    liza lizabeth lizbeth lize lizeth lizette lizz lizzette lizzie lizzy ljiljana ljubica ljubisa ljudmila
    ljósbjörg ljósbrá ljósálfur ljótunn ljótur ljúfur lloyd lo loan lodovico loek loes lofn loftur loftveig
    logan logey logi loida lois loise lokbrá loke loki lola lolita loma lon lona londa lone loni lonna
    lonnie lonny lope lora loraine loralee lorcan lore lorean loredana loree loreen lorelei loren lorena
    lorene lorenz lorenza lorenzo loreta loreto loretta lorette lori loria loriann lorie lorik lorilee lorin
    lorina lorinda lorine loris lorita lorna lorraine lorretta lorri lorriane lorrie lorrine lory lot lothar
    lotta lotte lotti lottie lou louann louanne louella louetta loui louie louis louisa louise loura lourdes
    lourenço lourie lousie louvenia lova love lovella lovetta lovie lovis lovisa lovísa lowe lowell loyce
    loyd loïc loïs loðmundur lu luan luana luann luanna luanne luara luba lubomír luboš luc luca lucas lucca
    luce lucențiu lucette luchino lucho luci lucia lucian luciana luciano lucie lucien lucienne lucila
    lucile lucilla lucille lucina lucinda lucio lucius lucrecia lucretia lucrezia lucreția lucrețiu lucy
    lucía ludger ludie ludivina ludivine ludmila ludmilla ludovic ludovica ludovico ludvig ludvík ludwig
    ludwina luděk lue luella luetta luigi luigia luigina luis luisa luise luisina luitgard luiza luka lukas
    lukasz luke lukka lukáš lula luljeta lulu lulzim luminița lumír luna lundi lunna lupe lupita lura
    lurlene lurline luther lutz luuk luvenia luz luzia luzie luzius luís luísa lya lyda lydia lydie lydía
    lykke lyla lyle lyman lyn lynda lyndia lyndon lyndsay lyndsey lynell lynelle lynetta lynette lyngar
    lyngheiður lynley lynn lynna lynne lynnette lynsey lynwood lár lára lárensína lárent lárentíus láretta
    lárey lárus lászló lázaro læla lærke léa léane léna léo léon léonie lér líba líf lífdís lín lína línberg
    línbjörg líndís líneik líney línhildur líni lísa lísabet lísandra lísbet lísebet lív lívia lóa lóreley
    lórens lórenz lúcia lúcía lúkas lúna lúsinda lúsía lúter lúther lúvísa lúísa lúðvíg lúðvík lúðvíka lýdie
    lýdía lýtingur lýður lăcrămioara ma maaike maaria maarit maarten maartje mabel mabelle mable mac
    macarena macaria macario macauley machelle macie maciej mack mackenzie macy madalena madalene madaline
    madalyn maddalena maddie maddison maddý madelaine madeleine madelene madelief madeline madelyn madge
    madie madison madlen madlyn madonna mads mae maegan mael maeva maeve mafalda magali magaly magan magaret
    magarete magda magdalen magdalena magdalene magdaléna magdolna magen magga maggey maggi maggie maggý
    magna magndís magne magnea magnes magney magnfríður magngeir magnheiður magnhildur magni magnolia magnus
    magnús magnúsína magný magnþór magnþóra magret magrit magðalena mahalia mahdi mahi mahmoud mahmut
    mahulena mai maia maida maija maik maike maiken maile maira maire mairead mairtin maisha maisie maite
    maitê maj maj-britt maj-lis maja majken major majorie majvor makan makeda maks maksim maksymilian
    malachy malcolm malcom malea malen malena malene malgorzata malia malik malika malin malinda malisa
    malissa malka malla mallie mallory malorie malou malte malthe malva malvina malwina malía malín mamen
    mamie mammie man mana manaaki manaia manawa manda mandi mandie mandy manfred manfreð manie manja manola
    manole manolo manon manu manual manuel manuela manuelita manuella manus many manúel manúela mao maple
    mar mara maraea maragaret maragret maranda marbjörn marc marcantonio marcel marcela marcelene marcelina
    marceline marcelino marcell marcella marcelle marcello marcellus marcelo marcene marchelle marcheta
    marci marcia marcial marciano marcie marcin marcio marco marcos marcu marcus marcy mardell mardís mare
    maree mareen mareike mareikura mareile marek marel marela marella maren marey marfríður marg marga
    margaret margareta margarete margaretha margarethe margarett margaretta margarette margarida margarita
    margarite margaritha margarito margart margaud margaux marge margeir margene margeret margert margery
    marget margherita margie margit margita margitta margo margorie margot margret margreth margrethe
    margrett margrit margrith margrjet margrét margrímur marguerita marguerite margunnur margurite margy
    marheiður marhta mari maria maria-luise maria-theresia mariah mariam marian mariana mariane marianela
    mariangela mariann marianna marianne mariano maribel maribeth marica maricela maricica maricruz marie
    marie-christine marie-claire marie-claude marie-france marie-jeanne marie-josé marie-laure marie-louise
    marie-luise marie-sophie marie-theres marie-therese marie-thérèse mariechen mariel mariela mariele
    mariella marielle marieluise marietta mariette marija marijan marijana marijn marijón marika mariko
    marikó marilee marilena marilou marilu marilyn marilynn marin marina marinda marine marinela marinella
    marinette marino marinus marinó mario marioara mariola marion maris marisa marisela marisha marisol
    marissa maristela marit marita maritta maritza marius mariusz marivel marja marja-leena marja-liisa
    marjaana marjan marjatta marjo marjorie marjory marjukka marjut marjón mark marketta markita markku
    marko markrún markus markéta markó markús markþór marla marlana marlaug marleen marlen marlena marlene
    marlies marliese marlin marline marlis marlise marlo marlon marlyn marlys marlyse marlène marlín marlís
    marna marni marnie maron marquerite marquetta marquis marquita marquitta marri marry mars marsa
    marsellíus marselía marselína marsha marshall marsibil marsilía marsý mart marta marte marteinn marten
    marth martha marthe marthen marti martim martin martina martine martino martirio martta martti marty
    martyn martín martína marva marvel marvella marvin marvis marx mary marya maryalice maryam maryann
    maryanna maryanne marybelle marybeth maryellen maryetta maryjane maryjo maryland marylee marylin
    maryline maryln marylou marylouise marylyn marylynn maryrose maryse marzena marí maría maríam marían
    maríana maríanna marías marín marína marínella marínó maríon marís marísa marísól marít maríuerla maríus
    marólína marý masako mason massimiliano massimo matei matej mateo mateus mateusz matha matheo matheus
    mathew mathias mathieu mathijs mathilda mathilde mathis mathías matias matilda matilde matiu mato matouš
    mats matt matta mattea matteo matthea matthew matthias matthieu matthijs matthilda matthildur matthäus
    matthía matthías matti mattia mattias mattie matts mattíana mattías mattína mattý matyáš matías matěj
    maud maude maudie mauno maura maureen mauri maurice mauricio maurilio maurin maurine maurita maurits
    mauritz maurizio mauro maurus maurycy mavis max maxi maxie maxim maxima maxime maximiano maximilian
    maximiliano maximina maximino maximo maximus maxine maxwell may maya maybell maybelle maye mayme maynard
    mayola mayra maysa mayte mazie maël maëlle maía maídís maísól mckenzie mckinley meabh meagan meaghan
    mechelle mechthild mechthilde mechtild meda medina mee mees meg megan meggan meghan meghann mehdi mehmet
    mei meibh meik meike meinhard meinolf meinrad meja mekkin mekkinó mekkín mel melaine melani melania
    melanie melany melba melchior melchor melda melek melia melida melina melinda melisa melissa melissia
    melita melitta melker melkorka melkíor melkólmur melle mellie mellisa mellissa melodee melodi melodie
    melody melonie melony melrakki melrós melva melvin melvina melwin melynda mendy mensalder mentor meral
    mercedes mercedez merche mercy mereana meredith merel meret merete merethe mergim meri merideth meridith
    merijn merilyn merissa merita merja merkúr merle merlene merlin merlyn merna merri merrie merrilee
    merrill merry mert mertie mervi mervin mervyn meryem meryl messíana mesut meta methúsalem metin metta
    mette metúsalem mey meyvant mi mia mica micael micaela micah micha michael michaela michaele michail
    michal michala michale michał micheal micheala michel michela michelangelo michele micheletto michelina
    micheline michell michelle michelotto michiko michèle mick mickey micki mickie mie miesha mieszko
    migdalia mignon miguel miguela miguelina mihaela mihai mihail mihajlo mihnea mihály miia miika mijo mik
    mika mikael mikaela mikaelína mikaere mikayla mike mikel mikhail miki mikjáll mikkael mikkalína mikkel
    mikki mikko miklós mikołaj mikuláš mila milada milagro milagros milan milda mildinberg mildred mildríður
    mile milena miles milford milica milissa milka milla millard mille millicent millie milly millý milo
    milorad milos miloslav miloslava milou miloš milton miluše milán mimi mimmi mimoza min mina minda mindi
    mindy minerva ming minh minna minney minnie minný minodora minta mio mioara miodrag miquel mira mirabela
    miran miranda mircea mirco mireia mireille mirela mirella mireya miriam miriama mirian mirja mirjam
    mirjami mirjana mirko mirlinda mirna miro miron mirona miroslav miroslava miroslaw miroslawa mirra
    mirsad mirta mirte mirtha mirthe miruna mischa misha miss missy mist misti mistie misty mitch mitchel
    mitchell mitică mitruț mitsue mitsuko mittie mitzi mitzie miyoko miłosz mjalldís mjallhvít mjaðveig
    mjöll mjöllnir mjölnir mladen moa modesta modesto mogens mohamad mohamed mohammad mohammed moira moises
    moisés mojmír moli mollie molly mona monalisa monet monica monika monique monja monnie monroe monserrate
    monte montserrat monty moon mora morena moreno morgan morgane moriah moritz morris morten morton mose
    moses moshe mosi mozell mozella mozelle muggur mugur mugurel muhamed muhamet muhammad muhammed muharrem
    mui munda mundheiður mundhildur mundína muni muninn muoi murat muriel murielle murilo murray musa
    mustafa muzaffer mya myesha myles myong myra myriam myrkvi myrl myrle myrna myron myrra myrta myrtha
    myrthe myrtice myrtie myrtis myrtle myung mábil málfríður málhildur málmfríður mánadís máney máni már
    mára márcio mária mário márk márta márton márus mátyás máté máxima máximo märta märtha måns mårten
    mégane mélanie mélissa mía mías mímir mínerva mír míra míranda mítra míó módís móeiður móey móheiður
    móna mónica mónika móníka móri mórits móses móði mörk mörður múli mýr mýra mýrkjartan mýrún mădălin
    mădălina mălina mărioara măriuca na nacho nacio nada nadene nadeschda nadeshda nadia nadin nadine nadja
    nadège nadía naděžda nae nael naiara naida naim nair naja nakesha nakia nakisha nakita nam nan nana
    nancee nancey nanci nancie nancy nando nanette nanna nannette nanni nannie nanný nansý naoimh naoise
    naoma naomh naomi naomí napoleon napoleone narcis narcisa narciso narfi naser natacha natali natalia
    natalie natalija natalio natalja natalya natalía natan natanael nataniel nataníel natasa natascha
    natasha natashia natasja natasza natașa nate nath nathalie nathan nathanael nathanial nathaniel natisha
    natividad natosha natália natálie naud nayara nazaret nazario nazmi naómí nea neal nebojsa necati
    nechifor necole ned neda nedda nedra neely neida neil neisti nela nelda nele nelia nelida nelio nell
    nella nelle nelli nellie nelly nellý nelson nelu nemanja nena nenad nenita nenna nenni neo neoma neomi
    neptúnus nerea nereida nerissa nermin nery nestor neta nete nettie neva nevada nevaeh nevenka neville
    nevin nevio newton nga ngaire ngan ngoc nguyet nia niall niamh nicanor niccolò nichelle nichifor nichol
    nichola nicholas nichole nicholle nick nicki nickie nicklas nickolas nickole nicky niclas nico nicoară
    nicodemo nicodim nicol nicola nicolae nicolai nicolaie nicolaj nicolas nicolasa nicolaus nicole nicoleta
    nicoletta nicolette nicoline nicolle nicolás nicolò nicu niculina niculiță nicușor nicuță nida nidia
    niek niels nienke niesha nieves nigel niilo niina nik nika nikanor nikau niki nikia nikita nikki niklas
    niklaus niko nikodem nikol nikola nikolai nikolaj nikolaos nikolas nikolaus nikole nikolett nikoletta
    nikolina nikora nikulás nikíta nikólína nila nilda nilo nils nilsa nina ninetta ninfa ninja ninna nino
    ninthe nisa nisha nita nives nixon niðbjörg njála njáll njóla njörður noa noah noble nobuko noe noel
    noelia noella noelle noemi noemí nohemi nola nolan noma nona nonni noor noora noortje nora norah norbert
    norberto noreen norene norica noriko norina norine norma norman normand normann norris norðmann notburga
    noud nour nout nova novella noé noémi noémie noël noëlle noëmi nu nuala nubia numbers nuno nuran nuray
    nurettin nuri nuria nurten nydia nyla nynke nádia nándor náttmörður náttsól náttúlfur nélida néstor
    níels níls nína níní nóa nóam nóel nói nóni nóra nóri nótt nóvember nökkvi númi núria nýbjörg nývarð
    oana obdulia ocie octav octavia octavian octaviana octavio octaviu océane oda odalis odalys odd odda
    oddbergur oddbjörg oddbjörn oddfreyja oddfreyr oddfríður oddgeir oddgerður oddhildur oddi oddkell
    oddlaug oddleif oddleifur oddmar oddný oddrún oddsteinn oddur oddvar oddveig oddvör oddþór odelia
    odeline odell odessa odette odhran odile odilia odis ofelia oisin oiva oktavía oktavíus októ októvía
    októvíus ola olaf olalla olav olavi oldřich ole olegario olen olena olene oleta olevia olfert olga
    olgeir olgierd olimpia olimpian olimpiu olin olinda oliva olive oliver olivert olivia olivie olivier
    oliviu olivér oliwer oliwier olle olli ollie ollý olof olov olympia olívia oma omar omega omer ona
    ondřej oneida onie onita onni onofre onur oona oonagh opal ophelia ophélie ora oralee oralia oran orazio
    oren oreste oretha orfeus orfhlaith orhan oriana orka orla orlagh orlaigh orlaith orlando ormar
    ormheiður ormhildur ormur ornella orpha orri orsolya ortansa ortrud ortrun ortwin orval orvar orville
    orvokki oscar oskar oskari osman osmo ossi ossian ossie osvald osvaldo oswald oswaldo oswin otakar
    otelia otfried otha othmar otilia otis otkatla otkell otmar oto otri otta ottavio ottfried otti ottilia
    ottilie ottmar otto ottokar ottomar ottone ottó otur otávio otýlie ouida outi ove ovidio ovidiu owe owen
    oxana ozana ozell ozella ozie pa paavo pablo paca paco pacífica padraic padraig padraigin paige palle
    palma palmer palmira paloma pam pamala pamela pamelia pamella pamfil pamila pamula panagachie panait
    pancho pandora panfilo pansy paola paoletta paolo paraschiva paride paris parker parmes parthenia
    particia parís pascal pascale pascual pascuala pasi pasqual pasquale pastor pastora pasty pat patience
    patrek patrekur patria patric patrica patrice patricia patricie patricio patrick patrik patrina patrisía
    patrizia patrizio patryk patrícia patsy patti pattie patty paul paul-gerhard paul-heinz paula paulene
    pauletta paulette pauli paulica pauliina paulina pauline paulino paulita paulo pauric pavel pavla
    pavlína paw pawel paweł payton paz peadar pearce pearl pearle pearlene pearlie pearline pearly pearse
    peder pedro pedró peer peg peggie peggy pei pekka pelayo pelle pellegrino penelope penney penni pennie
    penny pentti pepe pepijn pepita pepito per per-erik per-olof percy perla perlita pernilla pernille pero
    perry pertti peta petar pete peter peter-michael petr petra petre petrea petri petrică petrina petrișor
    petrona petronela petronella petronila petros petru petruț petruța petrína petrónella petrós petrún
    petrúnella petter petteri peyton phebe phil phileine philip philipp philippa philippe philippine phillip
    phillis philomena phoebe phoenix phung phuong phylicia phylis phyliss phyllis pia piaras piedad pien
    pier pierangelo pierce piergiorgio piergiuseppe pierina pierluigi piermaria piero pierpaolo pierre
    pierrette piersanti pieter pietra pietro piia pilar pili pim pina ping pinkie piotr piper pippa pirjo
    pirkko pirmin piroska pius pjetur pleun pleșu plinio plácido pok polina polly pollý pompeo pompilia
    pompiliu pomponio poncio pontus poppy porfirio porsche porsha porter portia poul preben precious predrag
    preston pricilla primitiva primitivo prince princess prisca priscila priscilla priska profira
    providencia prudence prudencia prudencio przemysław pría príor puccio puck puk pura purificación pál
    pála páldís páley pálfríður pálhanna pálheiður pálhildur páll pálmar pálmey pálmfríður pálmi pálrún
    pálín pálína pánfilo päivi päivikki pär pål pénélope péter pétrína pétrún pétur pía pío pătru přemysl
    qiana queen queenie quentin quiana quincy quinn quinten quintin quinton quinty quique quirino quyen
    rabea rachael rachal racheal rachel rachele rachell rachelle racquel rada radek radim radka radmila
    radomír radoslav radosław radovan radu rae raeann rael raelene raewyn raf rafa rafael rafaela rafał
    raffael raffaela raffaele raffaella raffaellino raffaello rafila rafn rafnar rafney rafnhildur rafnkell
    ragna ragnar ragnbjörg ragner ragney ragnfríður ragnheiður ragnhild ragnhildur raguel ragúel rahel raija
    raik raili raimo raimondo raimund raimundo raina rainer raisa raissa rakel raleigh ralf ralf-dieter
    ralf-peter ralph raluca ramadan ramazan ramiro ramiz ramon ramona ramonita ramón ramóna rana ranae randa
    randal randall randalín randee randell randi randolf randolph randver randy randíður randý ranee ranieri
    ranka rannva rannveig rannver raoul raphael raphaela raphaël raquel rareș rashad rasheeda rashida rasmus
    raul rauno raven ravi ravy rawiri ray rayan rayana raye rayford raylene raymon raymond raymonde raymund
    raymundo rayna raúl rea reagan reanna reatha reba rebbeca rebbecca rebeca rebecca rebecka rebeka rebekah
    rebekka recep reda reece reed reena refugia refugio refur regan regena regenia reggie regina reginald
    reginbaldur reginbjörg regine reginia reginn regitse regitze regula regína reid reidar reidun reifnir
    reijo reiko reimar reimer reimund rein reina reinald reinaldo reinar reine reiner reingard reinhard
    reinhardt reinhart reinhild reinhilde reinhold reino reita relu rema rembrandt remedios remigio remo
    remona remus remzi rena renae renaldo renan renata renate renato renay renda rene renea renee renetta
    reni renita renna rens renske renzo renáta rené renée resi ressie reta retha reto retta reuben reva rex
    rexhep rey reyes reyn reyna reynald reynalda reynaldo reynar reyndís reynheiður reynhildur reynir reyr
    reza rhavi rhea rheba rhett rhian rhianna rhianne rhiannon rhoda rhona rhonda rhys ria rian rica ricarda
    ricardo riccardo ricciotti rich richard richardt richelle richie richárd rick rickard rickey ricki
    rickie ricky rico rigmor rigo rigoberto riikka riitta rik rikard rikharð rikharður rikka rikke rikki
    riku riley rima rina rinaldo rino rinor ripley risa risto rita ritt ritva riva rivka riza roan roar rob
    robbi robbie robbin robby robbyn robena robert roberta robertina roberto robin robt robyn rocco rochel
    rochell rochelle rochus rocio rocky rocío rod roderich roderick rodger rodica rodney rodolfo rodrick
    rodrigo rogelio roger rohan roise roisin roksana roland rolanda rolande rolando roldán rolf rolf-dieter
    rolf-peter rolland roma romaine roman romana romane romanița romano romelia romeo romina romolo romona
    romuald romulus romy román ron rona ronald ronaldo ronan ronda roni ronja ronna ronni ronnie ronny ronya
    roope roos roosa roosevelt roque rory rorí rosa rosa-maria rosalba rosalee rosalia rosalie rosalina
    rosalind rosalinda rosalinde rosaline rosalva rosalyn rosalía rosamaria rosamond rosana rosann rosanna
    rosanne rosaria rosario rosaura roscoe rose rose-marie roseann roseanna roseanne rosel roselee roselia
    roselinde roseline rosella roselle roselyn rosemarie rosemary rosena rosenda rosendo rosetta rosette
    rosi rosia rosie rosina rosio rosita rosl roslyn rosmarie ross rossana rossie rostislav roswita roswitha
    rosy rotraud rotraut rouven rowan rowena roxana roxane roxann roxanna roxanne roxelana roxie roxy roy
    royal royce roza rozalia rozanne rozella rozália ruairi ruari ruben rubi rubie rubin ruby rubye rubén
    rudi rudolf rudolph rudy rueben ruedi rufina rufino rufus ruggero ruggiero rui rune runi runný runólfur
    rupert ruperta ruperto russ russel russell rusty rut ruth rutha ruthann ruthanne ruthe ruthie ruthild
    ruxanda ruxandra ruy ruzica ryan ryann ryder ryszard rán ráðgeir ráðhildur ráðvarður régulo réka rémy
    ríkarður ríkey ríkharð ríkharður rín ríta ríó róbert róberta róbjörg rólant róman rómeó rómulo rós rósa
    rósalind rósanna rósant rósar rósberg rósbjörg rósborg róselía rósenberg rósey rósfríður róshildur rósi
    rósinberg rósinkar rósinkara rósinkrans rósinkransa róska róslaug róslind róslinda róslín rósmann
    rósmary rósmarý rósmunda rósmundur rósný róza rózsa róża röfn rögn rögnvald rögnvaldur rögnvar rökkvi
    röskva röðull rúbar rúben rúbý rúdólf rún rúna rúnar rúndís rúnhildur rúrik rúrí rútur rüdiger răducu
    răzvan růžena saar saara saban sabas sabatino sabin sabina sabine sabra sabri sabrina sabrína sabína
    sacha sachiko sade sadie sadik sadye safet safta safír saga sage sahin sahra said sakari sakarías sal
    salbjörg saldís saleh salena salgerður salih salina salka salley sallie sally salma salmann salmar salný
    salome salomea salomé salomón salud salvador salvar salvatore salvi salvör salín salína salóme salómon
    sam samanta samantha samara samatha samella sami samir samira sammie sammy samson samu samual samuel
    samuele samuli samúel sana sancho sanda sandalio sandee sandel sander sandi sandie sandor sandra sandri
    sandrine sandro sandu sandur sandy sanela sanford sang sanije sanja sanjuana sanjuanita sanna sanne
    sanni sanora santa santana sante santeri santiago santina santino santo santos santía saoirse sara sarah
    sarah-jane sarah-louise sarai saran sari sarina sarita sarína sasa sascha sasha saskia satu saturnina
    saturnino sau saul saundra sava savanna savannah saverio saveta savina saxi scarlet scarlett scot scott
    scottie scotty seamus sean sean-paul seana seanan seaneen seanna season sebastiaan sebastian sebastiano
    sebastián sebastião sebastían sebrina sedat seema sefanía segismundo seifur seija seimur selena selene
    selim selin selina seline selja selka selma sem semenica semir semra sena senad senaida senn senna senol
    senta senía seona sep sepp seppo september septíma sera serafina seraina sereina serena serge sergei
    sergej sergio sergiu sergius serina serita serkan serpil sesar seselía sesil sesilía sesselja sesselía
    sessilía seth setsuko seve sever severiano severin severina severino severo sevim seymour sha shaban
    shad shae shaina shakia shakira shakita shala shalanda shalon shalonda shameka shamika shan shana shanae
    shanda shandi shandra shane shaneka shanel shanell shanelle shani shania shanice shanika shaniqua
    shanita shanna shannan shannen shannon shanon shanta shantae shantay shante shantel shantell shantelle
    shanti shaquana shaquita shara sharan sharda sharee sharell sharen shari sharice sharie sharika sharilyn
    sharita sharla sharleen sharlene sharmaine sharolyn sharon sharonda sharri sharron sharyl sharyn shasta
    shaun shauna shaunda shauneen shaunna shaunta shaunte shavon shavonda shavonne shawana shawanda shawanna
    shawn shawna shawnda shawnee shawnna shawnta shay shayla shayna shayne shea sheba sheena sheila sheilah
    shela shelba shelby sheldon shelia shella shelley shelli shellie shelly shelton shemeka shemika shena
    shenika shenita shenna shera sheree sherell sheri sherice sheridan sherie sherika sherill sherilyn
    sherise sherita sherlene sherley sherly sherlyn sherman sheron sherrell sherri sherrie sherril sherrill
    sherron sherry sherryl sherwood shery sheryl sheryll shiela shila shiloh shin shira shirely shirl
    shirlee shirleen shirlene shirley shirly shizue shizuko shon shona shonda shondra shonna shonta shoshana
    shpresa shqipe shu shyla sian sibel sibilla sibille sibyl sibylla sibylle sid sidney sidonia siegbert
    siegfried sieghard sieglinde siegmar siegmund siegrid siegried siegrun siegward siem siena sienna sierra
    sif sigbergur sigbert sigbjartur sigbjörn sigdís sigdór sigdóra sigfastur sigfinnur sigfreður sigfrid
    sigfrido sigfried sigfríð sigfríður sigfús sigga sigge siggeir siggerður sighvatur sigismund sigjón
    siglaugur siglinde sigmann sigmar sigmund sigmunda sigmundur signa signar signe signhildur signý sigri
    sigrid sigrun sigríkur sigríður sigrún sigsteinn sigtryggur sigtýr sigur sigurbaldur sigurberg
    sigurbergur sigurbirna sigurbjarni sigurbjartur sigurbjörg sigurbjörn sigurbjört sigurborg sigurbrandur
    sigurbára sigurd sigurdríf sigurdrífa sigurdís sigurdór sigurdóra sigurey sigurfinna sigurfinnur
    sigurfljóð sigurgeir sigurgeira sigurgestur sigurgrímur sigurgísli sigurhanna sigurhans sigurhelga
    sigurhildur sigurhjörtur sigurjón sigurjóna sigurkarl sigurlaug sigurlaugur sigurleif sigurleifur
    sigurlilja sigurlinn sigurlinni sigurliði sigurlás sigurlín sigurlína sigurmann sigurmar sigurmon
    sigurmunda sigurmundur sigurnanna sigurnýas sigurnýjas siguroddur sigurpáll sigurrós sigursteina
    sigursteinn sigursveinn sigurunn sigurvaldi sigurveig sigurvin sigurvina sigurást sigurásta sigurða
    sigurður siguróli sigurósk sigurþór sigurþóra sigvaldi sigvard sigvarður sigyn sigþrúður sigþór sigþóra
    siiri sil silas silfa silfrún silfá silja silje silka silke silla sille silli silva silvan silvana
    silvano silvester silvestre silvestro silvia silvian silviana silvie silvio silviu silvía sima simen
    simeon simi simina simion simo simon simona simone simonetta simonne simão simón sina sinaida sinan
    sindre sindri sindy sine sinead sini sinică sinikka sinisa siobhan siofra sione sirena siri sirkka siro
    sirpa sirra sirrý sisko sissel siu siv sivert sixta sixten sjafnar sjoerd sjöfn skafti skapti
    skarpheiður skarphéðinn skefill skeggi skender skjöldur skorri skugga skuggi skuld skye skyla skylar
    skær skæringur skírnir skíði skúla skúli skúlína skúta sladjana slavica slavisa slavko slavomír slavěna
    slawomir slobodan slyvia smaranda smiður smyrill smári snezana snjáfríður snjáka snjófríður snjóki
    snjólaug snjólaugur snjólfur snorra snorri snæbjartur snæbjörg snæbjörn snæbjört snæborg snæbrá snædís
    snæfríður snæhólm snælaug snælaugur snær snæringur snærós snærún snævar snævarr snæþór snót socorro
    soffanías soffía sofi sofia sofie sofija sofía soila sol solange sole soledad solomon solveig solvej
    solène somer sommer son sona sondra sondre song songül sonia sonja sonny sonný sonya soo sook soon
    sophanías sophia sophie sophie-louise sophie-marie sophus soraia sorana soraya sorcha sorin sorina
    sosimo soňa sparkle spartakus spencer speranța sporði spring spói stacee stacey staci stacia stacie
    stacy staffan stan stana stanca stancu stanford stanislaus stanislav stanislava stanislaw stanisław
    stanley stanton stapi star starkaður starla starr starri stasia stavros steen stef stefan stefana
    stefani stefania stefanie stefano stefany stefanía steffanie steffen steffi stefnir stefán stefánný
    stein steina steinar steinarr steinberg steinbergur steinbjörg steinbjörn steinborg steindís steindór
    steindóra steiney steinfinnur steinfríður steingerður steingrímur steinhildur steini steinkell steinlaug
    steinmann steinmar steinmóður steinn steinrós steinröður steinrún steinunn steinvarður steinvör
    steinólfur steinþór steinþóra stela stelian steliana stella stellan steluța sten stepanie stephaine
    stephan stephane stephani stephania stephanie stephany stephen stephenie stephine stephnie sterling
    sterre steve steven stevie stewart stian stig stijn stilla stina stine stirnir stjarna stjepan stormur
    stormy stuart sture sturla sturlaugur sturri styr styrbjörn styrgerður styrkár styrmir styrr stéphane
    stéphanie stígheiður stígrún stígur stína stórólfur su suanne sudie sue sueann suellen suk sulema
    sumarliði sumarlína sumarrós sumiko summer sun sunday sune sung sunna sunnefa sunneva sunni sunniva
    sunny sunníva sunshine susan susana susanita susann susanna susannah susanne suse susi susie sussanne
    sussie susy suus suvi suzan suzana suzann suzanna suzanne suze suzette suzi suzie suzy svafa svafar
    svala svali svalrún svan svana svanberg svanbergur svanbjörg svanbjörn svanbjört svanborg svandís svaney
    svanfríður svangeir svanheiður svanhildur svanhvít svanhólm svani svanlaug svanlaugur svanmundur svanrós
    svante svanur svanþrúður svanþór svatopluk svatoslav svava svavar svea svein sveina sveinar sveinberg
    sveinbjartur sveinbjörg sveinbjörn sveinborg sveindís sveiney sveinfríður sveingerður sveinhildur
    sveinjón sveinlaug sveinlaugur sveinmar sveinn sveinrós sveinrún sveinsína sveinungi sveinveig sveinþór
    sven sven-erik sven-olof svend svenja svenning sverre sverrir svetlana sváfnir svölnir svörfuður
    světlana swantje swen swetlana sybil sybilla sybille syble sydney sylgja sylke sylva sylvana sylvester
    sylvia sylviane sylvie sylvio sylvía sylwia synnøve synthia syreeta sys szabolcs szilveszter szilvia
    szilárd szymon sándor sára sânziana sæberg sæbergur sæbjörg sæbjörn sæbjört sæborg sædís sæfinna
    sæfríður sæhildur sæi sælaug sælaugur sæmann sæmunda sæmundur sæný sær særós særún sæsól sæunn sævald
    sævaldur sævar sævarr sævin sævör sæþór sébastien sérgio séverine sía símon símonía sírnir sírus sísí
    síta sívar sófus sófónías sókrates sól sóla sólberg sólbergur sólbjartur sólbjörg sólbjörn sólbjört
    sólborg sólbrá sólbrún sóldís sóldögg sóley sólfríður sólgerður sólhildur sólimann sólkatla sóllilja
    sólmar sólmundur sólný sólon sólrós sólrún sólveig sólver sólvin sólvör sólín sónata sónia sölmundur
    sölva sölvar sölvey sölvi sölvína sönke sören sörli søren sørine søs súla súsan súsanna sükrü süleyman
    sýrus ta tabatha tabea tabetha tabitha tad tadeo tadeusz tadeáš tage tahir tai taina taine taisha taisto
    tajuana takako takisha tala talia talisha talitha talía tam tama tamala tamar tamara tamatha tamati
    tambra tameika tameka tamekia tamela tamera tamesha tami tamica tamie tamika tamiko tamisha tammara
    tammera tammi tammie tammy tamra tamás tana tandra tandri tandy tane taneka taneli tanesha tangaroa
    tangela tania tanika tanisha tanja tanna tanner tanya tanía tapani tapio tara tarah taren tarfur tari
    tarik tarja tarra tarsha taru taryn tasha tashia tashina tasia tassilo tatiana tatjana tatum tatyana
    tauno taunya tawana tawanda tawanna tawna tawny tawnya tayla taylor tayna tea tecla ted teddy teea teemu
    teena tegan teija teisha teitný teitur tejs tekla telemaco tellervo telma telmo telse temeka temika
    temistocle tempie temple tena tenesha tenisha tennie tennille tenzin teo teobaldo teodor teodora teodoro
    teodosia teodosio teofil teofila teohari teona tequila tera tere tereasa terence teresa terese teresia
    teresita teressa teresía tereza terhi teri terica terina terisa terje tero terra terrance terrell
    terrence terresa terri terrie terrilyn terry terttu teréz terézia tesha tess tessa tessie teun teuta
    teuvo teófila teófilo thad thaddeus thaddäus thales thalia thanh thao thea theda thekla thelma theo
    theobald theodor theodora theodore theodoro theodoros theodór theodóra theola theophil theres theresa
    therese theresia theressa theron thersa therése theódór theódóra thi thiago thibault thibaut thierry
    thies thijmen thijn thijs thilo thom thomas thomasena thomasina thomasine thor thora thoralf thorben
    thorberg thore thorsten thresa thu thure thurman thuy théo théodore théophile thérèse thór tia tiago
    tiana tianna tiara tiare tiarna tiarnan tiberia tiberiu tibor tiburcio tiegan tien tiera tiernan tierra
    ties tiesha tifany tiffaney tiffani tiffanie tiffany tiffiny tiia tiina tijmen tijn tijs tijuana til
    tilda tilde till tillie tillmann tilly tilman tilmann tilo tim timea timika timm timmy timo timon
    timotei timoteo timothy timothée tina tinca tincuța tindar tindra tindri tindur tine tinisha tinna tinni
    tino tiny tirsa tirza tisa tish tisha tito titus tivadar tiziana tiziano tjaldur tjörfi tjörvi tobi
    tobias tobiasz tobie toby tobías toccara tod todd todda todor toi toivo tola tolli tom toma tomas tomasa
    tomasz tomeka tomi tomika tomiko tomislav tommaso tommi tommie tommy tommye tomoko tomás tomáš tomé tona
    tonda tone tonette toney toni tonia tonicha tonie tonino tonisha tonita tonja tonje tonni tonny tony
    tonya topias tor tora toralf torben torbjörg torbjörn torbjørn tord tore torfey torfheiður torfhildur
    torfi torgny tori toribio torie torill torquato torri torrie torsten tory tosha toshia toshiko tova tove
    towanda toya toño tracee tracey traci tracie tracy traian tran trang traude traudel traudl traugott
    trausti traute travis treasa treena trena trent trenton tresa tressa tressie treva trevor trey tricia
    trina trine trinh trini trinidad trinity trish trisha trista tristan tristana tristán troels trond
    trostan troy trude trudel trudi trudie trudy trula truman tryggva tryggvi tryggvína trú trúmann tu tuan
    tuana tudor tudora tudorița tudosia tui tuija tula tullio tumas tumi tuomas tuomo ture turid tuukka
    tuula tuuli tuulia tuulikki tuva tuyet twan twana twanda twanna twila twyla ty tycho tyesha tygo tyisha
    tyla tyler tymon tymoteusz tynisha tyra tyree tyrell tyrfingur tyron tyrone tyson tânia tía tíbrá tímea
    tími tímon tímoteus tímóteus tína tístran tóbías tóbý tói tóka tóki tómas tór tóta tülay tünde türkan
    týr týra ubaldo ubbi uberto udo ueli uffe uggi ugla ugo ugolino ula ulf uli ulises ulla ulla-britt
    ullrich ulrica ulrich ulrik ulrika ulrike ulysses umberto umut un una undine undína uni unna unnar
    unnbjörg unnbjörn unndís unndór unni unnsteinn unnur unnþór uno uolevi urban urbano urs ursel ursina
    ursula urszula urte urðar urður uschi usha uta ute utz uwe uxi vada vadim vagn vagna vagnbjörg
    vagnfríður vajèn vaka vakur val vala valarie valberg valbergur valbjörg valbjörk valbjörn valbjört
    valborg valbrandur valda valdemar valdheiður valdi valdimar valdís valdór valencia valene valentijn
    valentim valentin valentina valentine valentino valentín valentína valentínus valeri valeria valerie
    valerij valerio valeriu valero valery valería valeska valey valfríður valgarð valgarður valgeir valgerða
    valgerður valhildur valka vallaður vallie vallý valmar valmundur valný valon valorie valrie valrós
    valrún valsteinn valter valtteri valtýr valur valva valves valéria valérie valíant valý valþrúður valþór
    vance vanda vanesa vanessa vanetta vania vanita vanja vanna vannesa vannessa varmar varvara vasco vashti
    vasile vasilica vasilică vasiliki vassilios vasyl vatnar vaughan vaughn veda veera veerle veeti vega
    vegard veig veiga veigar veigur veijo veikko veit velda veli velia vella velma velva velvet vena
    venancio venceslás vendela vendula venera venessa venetta veniamin venice venita venla vennie venus
    veola ver vera verda verdell verdie verena vergie verla verlene verlie verline vermundur vern verna
    vernell verner verneri vernetta vernharð vernharður vernia vernice vernie vernita vernon verona veronica
    veronika veronique versie vertie verónica verónika veróníka vesa vesna vesta vestar vestmar veta
    vetrarrós veturliði vi vibeka vicenta vicente vicenția vicențiu vickey vicki vickie vicky victoire
    victor victoria victoriano victorina victorino victoría victória vida vidal vidar vide vigdís vigfús
    viggo viggó vignir vigný vigo vigri vigtýr vigur viivi vikar viki viking vikki viktor viktoria viktorie
    viktoría viktória vilberg vilbergur vilbert vilbjörn vilbogi vilborg vilbrandur vilde vildís vilfríður
    vilgeir vilgerður vilgot vilhelm vilhelmiina vilhelmina vilhelmína vilhjálmur vilho vili viljami viljar
    vilji viljo villa villads ville villi villimey vilma vilmar vilmer vilmos vilmundur vilný vilém vina
    vinbjörg vince vincent vincentio vincenza vincenzo vincențiu vinicio vinicius vinita vinjar vinko vinnie
    vinný vinsý vinzenz vinícius viola violet violeta violetta violette viorel viorela viorica virgen virgie
    virgil virgilio virgill virgina virginia virginie virginía viridiana virpi virág visar visarion
    visitación vita vitali vito vitor vittoria vittorio vitus vitória viva vivan viveka vivian viviana
    viviane vivianne vivien vivienne viðar viðja vjollca vlad vladimir vladimír vladimíra vladislav vlado
    vlaicu vlasta vlastimil vlora vlădelina voichița voicu vojtěch volkan volker volkhard volkmar voncile
    vonda voney vonnie vopni vordís vorm vratislav vreneli vuokko václav váli vápni vár väinö vébjörg
    vébjörn védís végeir végerður vékell vélaug vélaugur vémundur véný véronique vésteinn víbekka víctor víf
    vífill vígdögg víggunnur víglundur vígmar vígmundur vígsteinn vígþór víkingur vísa vít vítor vítězslav
    víðar víðir víóla víóletta vöggur völundur vörður vöttur věra wade wai waimarie walburga waldemar waldo
    waldtraut walentina walfried walker wallace walli wally walter walther walton waltraud waltraut waltrud
    wan wanda waneta wanetta wanita ward warner warren warwick wava waylon wayne weena wei weldon wen wenche
    wencke wendelin wendell wendi wendie wendolyn wendy wenke wenona wenzel wera werner wes wesley wessel
    weston whitley whitney wibke wiebke wieland wieslaw wigbert wikitoria wiktor wilber wilbert wilbur
    wilburn wilda wiley wilford wilfred wilfredo wilfried wilfriede wilhelm wilhelmina wilhelmine wilhemina
    willa willard wille willem willena willene willetta willette willfried willi willia william williams
    willian willibald willibert willie williemae willis willodean willow willum willy wilma wilmer wilson
    wilton wiltrud windy winford winfred winfried winifred winni winnie winnifred winona winston winter
    wiremu witold wladimir wm wojciech woldemar wolf wolf-dieter wolf-dietrich wolf-rüdiger wolfgang
    wolfhard wolfram wonda woodrow wout wouter wulf wyatt wynell wynona wálter xaver xavi xavier xenia xiao
    ximena xiomara xochitl xuan yadira yaeko yael yago yahaira yaiza yajaira yan yang yanick yanik yanira
    yanis yann yannic yannick yannik yannis yara yasemin yasin yasmin yasmina yasmine yassin yasuko yda yee
    yelena yen yer yesenia yessenia yetta yevette yfke yi yilmaz ying yinthe ylenia ylfa ylfur ylja ylur
    ylva ylvie ymir yngvar yngve yngvi ynja yoko yolanda yolande yolando yolonda yon yong yoshie yoshiko
    youlanda young yousef youssef yrja yrjö yrkill yrsa yu yuette yuk yuki yukiko yuko yulanda yun yung
    yuonne yuri yuriko yusuf yvan yves yvette yvone yvonne yésica yéssica zac zacarías zach zachariah
    zacharias zacharie zachary zachery zack zackary zada zaharia zahra zaida zaira zak zakaria zakaría
    zakarías zalán zamfir zamfira zana zandra zane zara zaraza zbigniew zbyněk zdenka zdeněk zdeňka zdislava
    zdravko zehnia zehra zeki zelda zeljko zella zelma zena zenaida zenia zeno zenobia zenon zenovia zenta
    zetta zeynep ziggy zikmund zina zion zita zlatko zoe zoey zofia zoila zola zoltan zoltán zona zonia
    zophanías zophonías zora zoraida zoran zorica zoé zoë zsanett zsigmond zsolt zsombor zsuzsanna zsófia
    zula zulema zulma zuzana zóphanías zóphonías ábel ádám áfrica ágata ágatha ágnes águeda ágúst ágústa
    ágústína áki ákos álfar álfdís álfey álfgeir álfgerður álfgrímur álfheiður álfhildur álfrós álfrún
    álfsól álfur álfþór álvaro ámbar ámundi ángel ángela ángeles árbjartur árbjörg árbjörn árbjört árdís
    árelía árelíus árgeir árgils árlaug ármann ármey árna árndís árney árnheiður árni árnína árný áron árpád
    ársæl ársæll ársól árveig árvök áróra árún árþóra ás ása ásberg ásbergur ásbjörg ásbjörn ásborg ásdís
    ásfríður ásgautur ásgeir ásgerður ásgils ásgrímur áshildur ási áskatla áskell ásla áslaug áslaugur
    ásleif áslákur ásmar ásmundur ásný ásrós ásröður ásrún ást ásta ástbjörg ástbjörn ástbjört ástdís
    ástfríður ástgeir ástgerður ástheiður ásthildur ástmar ástmundur ástráður ástríkur ástríður ástrós
    ástrún ástvald ástvaldur ástvar ástveig ástvin ástþrúður ástþór ástþóra ásvaldur ásvarður ásvör ásólfur
    ásþór áurea ângela ângelo änne åbjørn åge åke åsa åse ægileif ægir æsa æsgerður æsir ævar ævarr édgar
    édith édouard élisabeth élise élodie éléonore émile émilie éric érica étienne éva ían ída ígor íma ími
    ína íngrid ír íren írena íris írunn ísabel ísabella ísadóra ísafold ísak ísalind ísar ísarr ísbjörg
    ísbjörn ísdís íseldur ísey ísfold ísgeir ísgerður íshildur ísidór ísis íslaug ísleif ísleifur ísmael
    ísmar ísmey ísold ísrael ísrún íssól ísveig ísól ísólfur íunn íva ívan ívar íñigo óda ófeigur ófelía óla
    ólafur ólafía ólafína ólavía óli óliver ólivía ólína ólíver ólöf ómar ómi ósa óscar ósk óskar ósvald
    ósvaldur ósvífur ótta óttar óttarr óðinn ögmunda ögmundur ögn ögri ölnir ölrún ölveig ölver ölvir ömer
    öndólfur önundur örbrún örjan örk örlaugur örlygur örn örnólfur örvar ösp össur östen öxar özlem øivind
    øjvind ørni øvli øystein øyvind úa úddi úlfa úlfar úlfdís úlfey úlfgeir úlfheiður úlfhildur úlfhéðinn
    úlfkell úlfljótur úlfrún úlftýr úlfur úlla úlrik úna úndína úranus úranía úrsula úrsúla ýja ýma ýmir ýr
    ýrar ýrr þalía þangbrandur þeba þengill þeyr þeódís þeódóra þinur þiðrandi þiðrik þjálfi þjóstar
    þjóstólfur þjóðann þjóðbjörg þjóðbjörn þjóðgeir þjóðhildur þjóðleifur þjóðmar þjóðrekur þjóðvarður
    þjóðólfur þoka þorberg þorbergur þorbjörg þorbjörn þorbrandur þorfinna þorfinnur þorgarður þorgautur
    þorgeir þorgerður þorgestur þorgils þorgnýr þorgríma þorgrímur þorgísl þorkatla þorkell þorlaug
    þorlaugur þorleif þorleifur þorleikur þorlákur þormar þormundur þormóður þorri þorsteina þorsteinn
    þorstína þorvaldur þorvar þorvarður þrastar þrymur þrá þráinn þrándur þróttur þröstur þrúða þrúðmar
    þrúður þula þura þurí þuríður þurý þyri þyrnir þyrí þór þóra þóranna þórar þórarinn þórarna þórbergur
    þórbjörg þórbjörn þórdís þórelfa þórelfur þórey þórfríður þórgnýr þórgrímur þórgunna þórgunnur þórhaddur
    þórhalla þórhalli þórhallur þórhanna þórheiður þórhildur þórir þórkatla þórlaug þórlaugur þórleif
    þórleifur þórlindur þórmar þórmundur þórný þórodda þóroddur þórormur þórsteina þórsteinn þórsteinunn
    þórstína þórunn þórveig þórvör þórða þórður þórólfur þórörn þöll þúfa łukasz šimon štefan štěpán
    štěpánka šárka žaneta žofie șerban ștefan ștefana ștefania
""".split())
