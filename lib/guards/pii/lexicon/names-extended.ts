/**
 * A broader name lexicon: given names and family names by locale, including older, regional and
 * less frequent ones (the frequent ones live in `given-names-*.ts` and `surnames.ts`). One
 * whitespace-separated string per locale keeps the data compact; `person-cues.ts` lower-cases the
 * entries into Sets once at load. Words that double as everyday words, brands or places are left
 * out here or listed in `AMBIGUOUS_GIVEN_NAMES` / `AMBIGUOUS_SURNAMES`.
 */

const words = (s: string): readonly string[] => s.trim().split(/\s+/);

export const EXTRA_GIVEN_NAMES: Record<string, readonly string[]> = {
  en: words(`
Abigail Ada Agatha Alastair Albert Alberta Alfreda Algernon Alice Alma Alonzo Alvin Ambrose Amos Anita Annabel
Annette Anthea Antonia Archibald Ariadne Augusta Augustine Aurelia Barnaby Bartholomew Basil Beatrix Bernadette
Bernard Bertha Bertram Beryl Blanche Boris Bramwell Brigid Bronwen Bruno Byron Caitlin Candace Carlton Caspar Cecil Cecily
Celia Christabel Clarence Clarissa Claudette Clement Clementine Clifton Clive Clyde Constance Cornelius Cuthbert
Cyril Cyrus Dahlia Damaris Daphne Delbert Delphine Dermot Dolores Dominique Dora Doreen Doris Dorian Dudley Dulcie Edgar
Edmund Edna Edwina Elbert Eldon Eleanora Elmer Elspeth Elvira Emmeline Enid Ephraim Erasmus Ernest Ernestine Errol Estelle
Ethelbert Eudora Eugenia Eustace Evangeline Everard Ezra Fanny Felicia Ferdinand Fergus Florian Floyd Forrest Francesca
Frederick Gaynor Geoffrey Georgiana Geraldine Gertrude Gladys Godfrey Gregor Griselda Gwendoline Gwyneth Harriet Hattie
Hector Herbert Hermione Hilary Hilda Horace Horatio Howard Humphrey Ignatius Imelda Ingrid Isadora Isidore
Jacinta Jemima Jerome Jethro Jocasta Josiah Jude Judith Julius Keturah Lambert Lavinia Leander Leonora Leopold Leroy
Letitia Lettice Lorna Lottie Lucinda Lucius Luella Lyle Mabel Madeleine Magnus Marcella Marjorie Marmaduke Maude Maurice
Melville Meredith Mildred Millicent Minerva Montague Mortimer Muriel Myrtle Nathaniel Nelly Neville Nigel Norbert
Norma Norman Octavia Odette Ophelia Orville Osbert Oswald Ottilie Pandora Percival Perpetua Petronella Philomena Phyllis
Priscilla Prudence Rafferty Reginald Roderick Rodney Roland Rosalind Rosamund Rowena Rupert Sabina Seymour Sheldon Sherman
Sidney Sophronia Stanley Sybil Sylvester Tabitha Tallulah Thaddeus Thea Theodora Theodore Thomasina Tobias Ursula Valentine
Verity Vernon Virgil Vivian Vivienne Wallace Walter Wilfred Wilhelmina Willard Winifred Winston Zachariah Zebedee
Zelda Zillah Aoife Ciara Niamh Siobhan Saoirse Sinead Grainne Roisin Eimear Orlaith Caoimhe Clodagh Deirdre Dympna Fionnuala
Mairead Nuala Oonagh Padraig Ciaran Cathal Colm Diarmuid Donal Eamon Eamonn Eoin Fionn Lorcan Niall Oisin Ruairi Seamus
Tadhg Cormac Fintan Brendan Malachy Aled Bryn Cerys Dafydd Emrys Gethin Glyn Gwilym Huw Ieuan Iolo Llewellyn Meirion Owain
Rhodri Sian Carys Eluned Ffion Angharad Bethan Ailsa Alasdair Catriona Eilidh Fraser Iain Isla Kirsty Lachlan Morag Mhairi
Murdo Ruaridh Seonaid Torquil Jamie Aubree Brantley Braxton Brynlee Cade Cayden Colt Emmitt Everly Gracelyn Hadley Jaxon
Jaylen Jayden Kinsley Kolton Kyler Maverick Paisley Raelynn Ryker Tatum Waylon Adaeze Deshawn DeAndre Dashawn Jamarcus
Jaquan Keisha Lakisha Latoya Latisha Shaniqua Tamika Tyrone Darnell Marquis Malik Imani Ebony Aaliyah Jalen Kendrick
Alfie Arthur Bertie Elodie Evie Harriett Ivor Nell Ottoline Rufus Sebastian Tamsin Tarquin Wilf Xanthe
Annalise Bettina Carmela Cordelia Delia Elsa Esmeralda Flavia Glenda Hester Honora Hortense Imogene Inez Isolde Jolene
Leona Lorraine Lucille Mavis Nadine Noreen Pauline Roberta Rosemary Selma Sheila Thelma Trudy Velma Wanda Yvette Yvonne
Abel Alfonso Ambrose Anton Asher Barry Benedict Bernie Carey Cedric Conrad Darryl Dennis Desmond Dorian Edison Elias
Emmanuel Fabian Garrett Gideon Glen Glenn Graeme Harlan Herman Irving Jarvis Lester Lloyd
Luther Marvin Murray Myron Noel Ogden Otis Ralph Randolph Reuben Roscoe Sheldon Solomon Stuart
Thurston Truman Vance Wendell Wilbur Wyatt Zane Jarrah Tahlia Sienna Mackenzie Lachie Bodhi Jedda
Tegan Kylie Leisel Mardi Shona Jarrod Brodie Darcy Lochlan
`),
  de: words(`
Adalbert Adelheid Albrecht Alfons Almut Alois Amalie Anneliese Annemarie Anselm Arnulf Artur Arwed Bärbel Barthel Benno
Bernd Bernhard Berthold Bettina Birgit Brigitte Brunhilde Burkhard Clemens Cornelia Dagmar Detlef Detlev Diederich Dieter
Dietlinde Dietmar Dietrich Dörte Dorothea Eberhard Eckart Eckhard Edeltraud Egon Ehrenfried Eike Ekkehard Elfriede Elke
Elisabeth Elsbeth Emil Engelbert Erdmute Erhard Erich Erwin Eugen Ewald Fiete Florentine Franziska Friedbert Friedemann
Friedhelm Friederike Friedrich Frieda Fritz Gebhard Gerda Gerhard Gerhild Gerlinde Gernot Gertraud Gerold Gesine Gisela
Gottfried Gotthard Gottlieb Gregor Gudrun Gundula Gunhild Günter Günther Gustav Hannelore Hanne Hannes Hansjörg Hartmut
Hartwig Hedwig Heide Heidemarie Heiko Heiner Heinrich Heinz Helga Helmut Helmuth Henrike Herbert Heribert Hertha
Hildegard Hilde Hiltrud Horst Hubertus Ilse Ingeborg Ingo Ingrid Irmgard Irmtraud Jens Joachim Jobst Jörg Jürgen
Karin Karl Karlheinz Käthe Klaus Knut Konstantin Kunigunde Kuno Leberecht Leonhard Liesel Liselotte Lothar
Ludger Ludmilla Luitpold Lutz Magdalena Manfred Margarete Margot Margit Marianne Marlene Mathilde Mechthild Meinhard
Monika Notburga Norbert Ortrud Ortwin Oskar Ottilie Ottmar Otto Philipp Raimund Rainer Reinhard Reinhold Renate Richard
Rüdiger Ruprecht Roswitha Rosemarie Rudolf Rupert Sabine Sieghard Siegfried Sieglinde Siegmund Sigrid Sigrun Silke Sönke
Swantje Theodor Thilo Traudl Trude Udo Ulf Ulla Ulrich Ulrike Uta Ute Uwe Valentin Veit Volker Volkmar Walburga Waldemar
Walther Waltraud Waltraut Wendelin Wiebke Wilfried Wilhelm Wilhelmine Winfried Wolfgang Wolfram Wunibald Xaver Zenzi
Anke Antje Astrid Beate Britta Dörthe Frauke Gabriele Gesa Heike Imke Inga Insa Jutta Katrin Kerstin Maren Meike Nadine
Petra Regina Sabrina Sandra Simone Sonja Susanne Tanja Ursel Wibke Björn Dirk Gerd Guido Hagen Hauke Holger Ingolf
Jan-Hendrik Malte Marco Mirko Olaf Rolf Sascha Sönke Sven Thorsten Timo Torsten Ulrik Wulf Leni
Henrik Jannik Janne Fynn Jonte Kilian Lasse Luis Maximilian Moritz Nils Pascal Niklas Tobias Annika Carla Emely
Emilia Frieda Greta Hanna Jana Johanna Lena Leonie Lotta Luisa Mathilda Mia Nele Paula Svenja Theresa
`),
  fr: words(`
Adèle Adrien Agathe Aimée Alain Albane Albéric Alexandrine Alphonse Amaury Ambroise Amédée Anatole Angèle Annick Anselme
Apolline Arlette Armand Arnaud Aristide Auguste Augustin Aurèle Aurélien Aurore Baptiste Barnabé Barthélemy Basile
Bénédicte Benoît Bérénice Bernadette Blaise Brigitte Brice Capucine Céleste Célestin Césaire Chantal Charlotte Clotilde
Colette Corentin Cyprien Delphine Denise Didier Dieudonné Édith Edmée Édouard Églantine Éloi Éloïse Émeline Émile
Éric Ernestine Étienne Eudes Eugénie Eulalie Évariste Fabrice Faustine Félicien Félicité Ferdinand Firmin Florent Florentin
Francine Franck Frédérique Gaëlle Gaëtan Gaspard Gautier Geneviève Geoffroy Georgette Gérald Gervais Ghislain Ghislaine
Gilberte Gildas Gisèle Gontran Grégoire Guillaume Gustave Hélène Henriette Herveline Hervé Hippolyte Honoré Honorine
Huguette Hyacinthe Ignace Irène Isaure Jacqueline Jacques Jeanne Jocelyne Joël Joëlle Josette Jules Julienne Justin
Laetitia Léandre Léocadie Léon Léonce Léonie Lionel Lucien Lucienne Ludivine Marcel Marcelle Marcelin Margaux Marguerite
Marius Marthe Mathurin Maximilien Mélisande Micheline Mireille Monique Nadège Noémie Octave Odile Odilon Olympe Ombeline
Pacôme Pascaline Perrine Philibert Philomène Pierrick Quentin Raymonde Régis Rémi Renaud Roselyne Rosine Sabine
Sébastien Ségolène Séraphin Séverine Sidonie Solange Solène Sosthène Sylvain Sylvie Tancrède Théophile Thibault Thibaut
Timothée Tristan Valère Valérie Victorine Violaine Virgile Yolande Yves Yvette Yvonne Zélie Zoé Josée Gaétan Réjean
Lucienne Ginette Huguette Rosaire Yvon Manon Francine Marie-Claude Marie-Josée Jean-Guy Jean-Marc Jean-Pierre
Jean-Luc Jean-Paul Jean-François Jean-Claude Marie-France Anne-Sophie Anne-Marie Pierre-Yves Paul-Henri Jean-Baptiste
Maëlys Maëlle Lilou Léna Louane Inès Anaïs Clémence Margot Romane Jade Mathis Nathan Enzo Clément Maxence Bastien Loïc
Killian Gaël Yannick Erwan Goulven Tanguy Ronan Maël Nolwenn Gwenaëlle Soizic Maïwenn Armelle Françoise Laurence Martine
Nathalie Sandrine Stéphanie Véronique Catherine Christiane Danièle Évelyne Ghislaine Jacqueline Mauricette Paulette
`),
  es: words(`
Abelardo Adolfo Agustín Alfonso Almudena Amparo Anacleto Andrés Anselmo Araceli Arcadio Ascensión Asunción Aurelio Azucena
Baltasar Bartolomé Basilio Begoña Benigno Bernardino Blas Bonifacio Candelaria Casimiro Cayetano Cayetana Celestino
Ceferino Cipriano Claudio Concepción Conchita Consuelo Covadonga Crescencio Cristóbal Custodia Demetrio Desamparados
Eladio Eleuterio Eliseo Elvira Emeterio Encarnación Epifanio Esperanza Estanislao Esteban Eufemia Eugenio Eulalia Eusebio
Eustaquio Evaristo Ezequiel Faustino Feliciano Fermín Filiberto Florencio Fulgencio Gaspar Genaro Gerardo Gervasio Gregorio
Gumersindo Heriberto Hermenegildo Higinio Hilario Honorato Horacio Ildefonso Inmaculada Inocencio Isidoro Isidro Jacinto
Jenaro Joaquín Jonás Jorge Josefa Leandro Leocadia Leonardo Leoncio Lorenzo Lucía Luciano Macarena Marcelino Marcial
Matías Maximiano Maximino Milagros Montserrat Nazario Nemesio Nicanor Obdulia Octavio Olegario Pancracio Patrocinio
Pelayo Perpetua Petronila Plácido Primitivo Prudencio Purificación Rafaela Reinaldo Remedios Rigoberto Roberto Rocío
Rodrigo Rogelio Romualdo Rosalía Rufino Sagrario Salvador Saturnino Segismundo Serafín Severiano Silvestre Sinforosa
Socorro Sonsoles Tadeo Teodoro Teófilo Toribio Trinidad Urbano Valeriano Venancio Verónica Vicenta Victoriano Visitación
Wenceslao Yolanda Zacarías Zoraida Agapito Alejandro Alicia Amalia Ana Beatriz Carolina Catalina Cristina Diego Dolores
Eduardo Elena Emilio Enrique Ernesto Estefanía Fabiola Federico Francisca Gabriela Gonzalo Graciela Guadalupe Guillermo
Gustavo Héctor Hernán Ignacio Inés Irene Javier Jimena Josefina Julián Leticia Lourdes Manuela Marcela Mariana Mariano
Martina Mauricio Mercedes Nicolás Norma Patricio Ramiro Raúl Ricardo Rosario Santiago Sebastián Sergio Silvia Soledad
Teresa Tomás Valentina Vicente Ximena Álvaro Íñigo Aitor Iker Unai Asier Gorka Ainhoa Amaia Itziar Nerea Leire Maite
Jordi Pau Oriol Arnau Xavier Núria Montse Laia Roser Mireia Meritxell Xabier Iñaki Koldo Josu Edurne Arantxa
Yesenia Yadira Maribel Marisol Lupita Nayeli Itzel Xóchitl Araceli Belén Fernanda Gisela Lorena Paloma Rebeca
`),
  it: words(`
Adalberto Adelmo Agostino Alberto Alcide Alfio Alfonso Amedeo Amilcare Annunziata Anselmo Arcangelo Armando Arnaldo
Assunta Attilio Augusto Aurelio Bartolomeo Battista Benedetta Benvenuto Bernardo Bettino Biagio Bonifacio Brunella
Calogero Camillo Carmela Carmine Casimiro Catello Cesare Ciro Clelia Concetta Corrado Cosimo Costanza Crocifissa Damiano
Donatella Donato Edoardo Egidio Elvio Ennio Enrico Ercole Ermanno Ermenegildo Ernesto Eufemia Eugenio Ezio Fausto
Federico Ferdinando Fiorella Fiorenzo Flavio Fortunato Fulvio Gaetano Gaspare Gennaro Gerardo Gervasio
Gherardo Giacinto Giacomo Gianluca Gianluigi Gianmarco Gianni Gioacchino Giocondo Girolamo Giuliano Giulio Gualtiero
Guglielmo Ignazio Ippolita Lamberto Lando Leonida Liliana Lodovico Loredana Luciano Ludovico Maddalena
Manfredi Marcello Mariangela Mariarosa Marisa Mirella Nando Nazzareno Nicola Nunzia Nunzio Oddone Onofrio Orazio Ornella
Ottavio Pasquale Pierluigi Pietro Pompeo Raffaele Raimondo Renato Rocco Romolo Rosalba Rosaria Rosetta Sabatino
Salvatore Santino Saverio Sebastiano Serafina Silvano Silvio Stefano Tancredi Teodoro Tiziano Tommaso Tullio Ubaldo
Uberto Umberto Valerio Vincenzo Violante Virgilio Vito Vittorio Zaccaria Agnese Alessandra Alessia Angela Arianna
Beatrice Bianca Camilla Caterina Chiara Cinzia Daniela Elisabetta Federica Francesca Gabriella Gaia Giada Ginevra Giorgia
Giovanna Giulia Ilaria Letizia Lucrezia Ludovica Marta Martina Michela Noemi Ottavia Patrizia Raffaella Rebecca Serena
Simona Tiziana Vittoria Filomena Immacolata Carmelina Graziella Annamaria Antonella Emanuela Manuela Mariella Rossella
Domenico Emanuele Fabrizio Filippo Giancarlo Gianfranco Giorgio Lorenzo Luigi Massimo Matteo Maurizio Mattia Michele
Pierpaolo Riccardo Roberto Sergio Simone Valentino Alessio Cristian Davide Giuseppe Leonardo Samuele
`),
  nl: words(`
Aafke Aagje Aart Adriaan Afke Albertus Alida Annelies Anneke Antje Arend Arie Arjen Auke Aukje Baukje Bartholomeus Bastiaan
Berend Bertus Bouke Bram Brechtje Cornelis Dieuwke Dirkje Diederik Douwe Durk Eelco Eelke Egbert Elbert Elske Evert Femke
Floris Folkert Freek Frits Froukje Geertje Geertruida Gerben Gerard Gerda Gerolf Gerrit Gijs Gijsbert Greetje Grietje
Harm Harmen Hein Hendrik Hendrika Hennie Herman Hidde Hilbrand Hielke Hiltje Hinke Hubertus Huub Ids Ineke Jaap Jacoba
Jacobus Jannes Jantje Jelle Jeltje Jeroen Jikke Joost Jopie Jort Joukje Kees Klaas Klaasje Koen Lammert Leendert Lieke
Lieuwe Lubbert Lútsen Maarten Machteld Marijke Marrit Meindert Menno Minke Naatje Nelleke Okke Otte Pieter Pietje Reinier
Renske Riemer Rienk Rinse Roelof Rutger Sieger Sieds Sietse Sijbren Sjoerd Sjoukje Stijn Taeke Teun Tjalling Tjeerd
Tjitske Trijntje Tsjalling Wiebe Wietske Wijnand Willemijn Willemien Wout Wouter Ype Ytje Yvo Anouk Babette Dieke Eva
Fenna Floor Ilse Imke Isa Jikke Joke Karlijn Liesbeth Loes Maartje Marloes Merel Mieke Nienke Renate Rianne
Sanne Saskia Silke Tessa Tineke Annemieke Wilma Ymke Bart Daan Jasper Jesse Joep Jorrit Luuk
Niels Ruud Siem Sjaak Thijs Tijmen Wessel Bregje Hanneke Jolien Lotte Margriet Marieke Rozemarijn
Vincentius Wendelien Geesje Aaltje Hendrikje Jantine Lambertus Gerardus Johannes Petrus Wilhelmus Antonius Franciscus
Bavo Brecht Dries Ferre Jens Joris Lieven Mathias Pieterjan Seppe Stijn Warre Wannes Wout
Elke Griet Katrien Liesbet Veerle Hilde Nele Ilke Marleen
`),
  pt: words(`
Abílio Adalberto Ademar Adelino Adriano Aécio Agenor Alcides Aldair Alessandra Altair Alzira Amélia Anésio Antônia
Aparecida Arlindo Armando Aurora Benedito Bernardete Carmelita Celso Cícero Claudionor Cleide Clemente Conceição Cremilda
Custódio Dagoberto Dalva Darci Deolinda Dirceu Djalma Domingos Durval Edilene Edileuza Edivaldo Edson Eduarda Elaine
Elias Elisângela Elizeu Elza Eneida Erasmo Esmeralda Eunice Evandro Ezequiel Fabiano Fabíola Firmino Flávio Francisca
Genival Geraldo Gerson Gilberto Gildásio Gilmar Glória Graça Heitor Hermínio Iara Iolanda Iracema Irani Ismael Ivone
Jacira Jairo Jandira Joaquim Joelma Josefa Josélia Josué Jovelina Judite Jurandir Jussara Lindalva Lourival Lucélia
Luzia Manoel Marilene Marinalva Marluce Matilde Moacir Nair Neusa Nilton Nivaldo Noêmia Odete Odair Onofre Orlando
Osvaldo Otávio Raimunda Raimundo Rivaldo Rosângela Rosimeire Rubens Sebastiana Severino Silvânia Sueli Terezinha Ubirajara
Valdemar Valdir Vanderlei Vanusa Waldir Zenaide Zilda Zuleica Cleiton Cristiano Deise
Diogo Everton Fagner Gustavo Leandro Lucimara Maicon Rodrigo Rogério Ronaldo Sidnei Tatiane
Thiago Vinícius Wagner Wanderley Yuri Adriana Amanda Bruna Camila Carolina Cristiane Daniela Débora Eliane
Fabiana Fernanda Gabriela Giovana Helena Isabela Jaqueline Juliana Larissa Letícia Luana Marcela Mariana Patrícia
Priscila Rafaela Renata Sabrina Simone Tatiana Vanessa Viviane Benício Bernardo Davi Enzo Gael Heitor Lorenzo Murilo Otto
Ravi Théo Valentina Cecília Lívia Manuela Maitê Antônio Francisco Gonçalo Duarte Tomás Afonso Rodrigo Martim Vasco
Leonor Matilde Beatriz Carolina Inês Mafalda Constança Madalena Joana Filipa Catarina Rita Teresa Guilherme Henrique
`),
  in: words(`
Aakash Aarti Abhay Abhijit Abhinav Achyut Aditi Ajit Akhil Akshay Alok Amar Ambika Amitabh Amol Amrita Anand Anant
Anirban Anirudh Anjana Ankita Annapurna Anupam Anupama Anuradha Aparajita Archana Arnab Arpita Arundhati Arvind Ashok
Ashwin Atul Avinash Ayesha Balakrishnan Bhagat Bharat Bhaskar Bhavana Bhavesh Bhupinder Bidisha Bipin Chaitanya Chandan
Chandra Chandrika Chetan Daksh Damini Darshan Debashish Deepa Devendra Devika Dhananjay Dharmendra Dhruv Dilip
Dipankar Durga Eshwar Gaurika Gautam Gayatri Girija Gita Gopal Govind Gurpreet Harinder Hariprasad Harpreet Hemant Hema
Hemalatha Himanshu Hrithik Indira Indrani Ishan Jagdish Jaideep Janaki Jasleen Jaspreet Jayant Jayanthi Jayashree
Jayesh Jitendra Kalpana Kamal Kamala Kamini Kanchan Karan Kartik Kaushik Keshav Kiran Kishore Krishnan Kumud Lakshman
Lalita Lalit Lata Lavanya Madhav Madhavi Mahendra Malini Mamta Manjula Manju Manohar Manpreet Meenakshi Mihir Mohan Mohini
Mridula Mukund Nagaraj Nalini Narayan Narendra Naveen Neelam Neeraj Nilesh Niranjan Nirmala Nitya Omkar Padma Padmini
Parag Parameswaran Parth Parvati Pavan Prabhakar Pradeep Pramod Pranav Prasad Pratibha Praveen Prem Prithvi Pushpa
Radhika Raghav Raghu Rajani Rajendra Rajiv Rajni Ramakrishna Ramya Ranjit Rashmi Ratan Revathi Rohini Rukmini Rupali
Sachin Sadhana Sagar Sahil Sameer Sandhya Sanjana Santosh Sarita Satish Shailesh Shankar Sharada Sharmila Shashank Shekhar
Shilpa Shiv Shobha Shruti Shubham Shweta Siddharth Smita Sonal Sowmya Sridhar Srikanth Subhash Subramanian Sudha Sudhir
Sujata Sukhwinder Sumitra Sundar Surendra Sushil Sushma Swapna Tanmay Tejas Trilok Tushar Uday Umesh Urmila Vaibhav
Vaidehi Vandana Vasant Vasudha Vasundhara Venkatesh Vidya Vijaya Vikrant Vinay Vinita Vinod Vishal Vishnu Yamini Yashwant
Yogesh Yogita Zubin Arjun Aryan Gurmeet Inderjit Jagmohan Kuldeep Mandeep Navjot Paramjit Rupinder Simran Tejinder
Selvam Murugan Senthil Saravanan Karthikeyan Kannan Ilango Thangam Meenakshi Kavitha Vijayalakshmi Bhuvana Nandita
Anwesha Sayan Soumya Subhas Tanusree Sourav Rituparna Debjani Koushik Joydeep Ramesh Suresh Venu Lokesh
`),
  eastAsian: words(`
Wei Fang Xiuying Jing Li Qiang Lei Jun Yang Yong Yan Jie Tao Ming Chao Xiulan Xia Guiying Hua
Zhiqiang Jian Yun Liang Juan Xin Hui Yu Ling Lan Fei Rui Xiaoming Xiaohong Xiaoping Xiaoyan Zhiwei Weiwei Haiyan
Guoqiang Jianguo Jianhua Jianjun Chunmei Yuling Yuxuan Zihan Yichen Haoran Zixuan Yutong Xinyi Jiahui Mingyu Shuang Zhen
Jiayi Yuqi Zhihao Kaiwen Jinhua Lihua Meiling Qiuyue Shufen Wenjun Xiaolong Yanling Zhenyu Haoyu Junjie Siyu Yixuan
Hiroshi Takeshi Kenta Kenichi Shota Ryota Daiki Yuta Kazuki Takumi Haruki Sota Riku Yamato Hinata Minato Itsuki
Shinji Tetsuya Makoto Masato Masahiro Noboru Osamu Ryo Shigeru Tadashi Toshiro Yoshiro Yasuo Yoshiko Hanako Michiko
Akiko Emiko Fumiko Harumi Kazuko Kumiko Mariko Masako Mayumi Megumi Midori Misaki Nanami Natsuki Noriko Reiko Sachiko
Sayuri Setsuko Shizuka Tomoko Yoko Yuka Yukiko Yuna Mio Aiko Haruka Kaori Chihiro Asuka Ayaka Ayumi Hitomi
Min-jun Seo-jun Do-yun Ha-joon Ji-ho Ji-hoon Jun-seo Hyun-woo Min-ho Sung-min Jae-won Dong-hyun Young-soo Sang-woo Tae-yang
Ji-yeon Seo-yeon Ha-eun Ji-min Soo-ah Min-seo Ye-jin Eun-ji Hye-jin Yoo-jin Soo-jin Mi-young Jin-woo Seung-hoon
Minjun Seojun Jiho Jihoon Hyunwoo Minho Sungmin Jaewon Donghyun Youngsoo Sangwoo Jiyeon Seoyeon Haeun Jimin Minseo Yejin
Eunji Hyejin Yoojin Soojin Miyoung Jinwoo Seunghoon Hoang Minh Thanh Tuan Huong Lan Linh Trang Thuy Hanh Phuong
Quang Duc Hieu Khanh Phuc Thao Ngoc Quynh Tien Cuong Trung Vinh Kiet
`),
  nordic: words(`
Aksel Alvar Anders Anneli Arvid Astrid Birgitta Bjarne Bodil Brynjar Dagny Einar Eirik Elin Elsa Espen Frida Frode
Gudrun Gunnar Gunnhild Gustaf Halvard Halvor Hedda Helge Hilding Ingeborg Ingegerd Ingvar Jarl Jorunn Karin Kjell Kjersti
Kristoffer Leif Linnea Magne Malin Marit Mikael Nils Oddvar Olav Ove Pernilla Ragnar Ragnhild Ronja Rune Siri Sigurd
Solveig Steinar Sune Svante Sverre Terje Torbjørn Torvald Tove Trond Ulrika Vidar Viggo Ylva Åke Åsa Øystein
Aino Eero Eila Elina Esko Hannu Heikki Ilkka Jari Jukka Kalle Kari Kirsi Lauri Leena Liisa Marjatta Matti Mikko Minna
Niina Olli Paavo Pekka Pirjo Riitta Sakari Sirpa Tapio Tuomas Tuula Väinö Ville Aila Aatos Sigrid Idun Tyra Vilja
`),
  slavic: words(`
Agata Aleksandra Aleksander Anatoly Andrzej Bogdan Bogusław Bożena Bronisław Czesław Danuta Dariusz Dorota Dragan
Dušan Elżbieta Ewa Grażyna Grzegorz Halina Henryk Irena Jadwiga Janusz Jarosław Jerzy Jolanta Józef Kazimierz Krystyna
Leszek Maciej Mariusz Mirosław Przemysław Radosław Renata Ryszard Sławomir Stanisław Tadeusz Teresa Urszula Wanda
Wiesław Witold Wojciech Zbigniew Zdzisław Zofia Bohumil Jaroslav Jiří Ladislav Miroslav Radek Vladimír Zdeněk Jana
Lenka Zuzana Milena Branko Goran Milan Nenad Zoran Snežana Vesna Jelena Dragana Ljubica Boris Dmitry Fyodor Gennady Grigory
Igor Konstantin Leonid Lyudmila Nadezhda Oksana Pavel Stanislav Valentina Vasily Viktor Yaroslav Yevgeny Zinaida Taras
Bohdan Mykola Oleksandr Oleksiy Petro Volodymyr Yulia Halyna Larysa
`),
  greekTurkishArabic: words(`
Athanasios Dimitrios Eleni Evangelos Georgios Ioannis Konstantinos Nikolaos Panagiotis Spyros Stavros Vasilis Yiannis
Christos Kostas Theodoros Anastasios Despina Eirini Katerina Panagiota Sofia Vasiliki Kyriakos Apostolos Thanasis
Abdullah Abdulrahman Adel Adnan Ahmad Amir Anwar Ashraf Ayman Bassam Fadi Farid Fawzi Ghassan Habib Hamid Hani Hisham
Ismail Jamal Jamil Kareem Khaled Mahmoud Majid Mansour Marwan Nabil Nasser Rami Rashid Saeed Salim Sami Samir Tarek Walid
Yasser Youssef Zaid Ziad Abeer Asma Dalia Dina Ghada Hala Hanan Iman Jamila Lamia Lubna Manal Nada Najla Nawal
Reem Rima Safiya Suha Wafa Yara Zahra Zeina Dariush Farhad Hossein Kaveh Mehdi Reza Shirin Parisa Nasrin Leyla
Oğuzhan Serkan Murat Hakan Kemal Volkan Tolga Orhan Cengiz Gökhan Barış Ebru Esra Gül Hatice Merve Sevgi Tuba Yasemin
`),
  african: words(`
Abimbola Adaeze Adanna Adebola Adewale Adunni Akinyi Amaka Amadou Awa Ayodele Babajide Bolanle Chidi Chidinma Chinedu
Chinonso Chioma Chukwudi Ebele Emeka Femi Folake Funmilayo Ifeoma Ikechukwu Jelani Kayode Kehinde Kelechi Kwabena Kwaku
Kwasi Lerato Lindiwe Mandla Mbali Mthunzi Nkechi Nnamdi Nneka Nomsa Nonhlanhla Obinna Oluwadamilare Olufemi Olumide
Onyinye Sibusiso Sizwe Temitope Thandiwe Themba Tunde Uchenna Yaw Yetunde Zodwa Fatoumata Moussa Oumar Mamadou
Aminata Ousmane Seydou Ibrahima Wanjiku Njeri Muthoni Kipchoge Otieno Achieng Adhiambo Juma Neema Zawadi Chiamaka
`),
};

export const EXTRA_SURNAMES: Record<string, readonly string[]> = {
  en: words(`
Abbott Ackerman Adkins Ainsworth Aldridge Alcott Appleby Archer Armitage Arrowsmith Ashby Ashcroft Ashford Atherton Atwood
Aylward Bagshaw Bainbridge Barclay Barnaby Barnett Barrington Bartlett Bassett Beckett Bellamy Bentley Beresford
Blackmore Blakely Blanchard Blythe Bradshaw Braithwaite Brewster Brightwell Broadbent Buckley Burgess
Burrows Cartwright Chadwick Chamberlain Chatterton Cholmondeley Clayton Clifford Cockburn Colquhoun
Compton Cotterill Cowley Crabtree Cresswell Crompton Crowther Culpepper Dalrymple Danvers Davenport Dempsey Denholm
Dickinson Dinsdale Drummond Dunmore Eastwood Eckersley Ellsworth Entwistle Fairbanks Fairclough Fairweather Farnsworth
Faulkner Featherstone Fenwick Fernsby Fitzroy Fortescue Frobisher Gainsborough Galbraith Garside Gilchrist Goodwin
Greenhalgh Gresham Grimshaw Haddington Halliwell Hammond Hardcastle Harcourt Hargrave Harrington Haslam Hatherley Hawthorne
Haworth Heathcote Hemingway Henshaw Hetherington Higginbotham Hollingsworth Holloway Horsfall Huxley Illingworth Ingleby
Jessop Kershaw Kingsley Kirkpatrick Knowles Langley Latham Leadbetter Lockwood Loxley Lyndon Mainwaring
Marchbanks Marlowe Merriweather Middleton Moncrieff Mortimer Nettleton Northcott Oakley Ogilvy Ormerod
Pankhurst Peabody Pemberton Pennington Pickering Pilkington Plunkett Postlethwaite Prendergast Quigley Radcliffe Ramsbottom
Ramsden Rathbone Rawlinson Redfern Ridley Rigby Rowbotham Rutherford Sackville Saltonstall Satterthwaite Sedgwick
Shackleton Shelley Sherwood Shipley Shuttleworth Sidebottom Slater Smethurst Somerville Spalding Stanhope
Stapleton Stockdale Stratton Sutcliffe Swinburne Tattersall Templeton Tennyson Thackeray Thistlethwaite Thorncroft
Threlfall Throckmorton Townsend Trelawney Trevelyan Tregear Tremayne Tunstall Underwood Vickers Wainwright
Walmsley Warburton Waddington Weatherby Wetherall Whitaker Whitehead Whitworth Wickham Wigglesworth Wilberforce Winterbottom
Witherspoon Woodhouse Worthington Wrigley Yardley Yates Ackroyd Blenkinsop Brocklehurst Cadwallader Llewellyn Prosser Vaughan
Gwynne Meredith Pugh Powys Griffiths Jenkins Parry Probert Bevan Bowen Cadogan Lloyd Morgan Howells Humphreys
Mackintosh MacDonald MacGregor MacKenzie MacLeod MacPherson McAllister McBride McCallum McCann McClure McCormack McCullough
McDermott McDougall McEwan McFadden McGillivray McGovern McGrath McGuire McIntyre McKay McKenna McLaughlin McLean McMahon
McNamara McPherson McTavish Buchanan Fergusson Forsyth Fraser Gillespie Guthrie Menzies Munro
Robertson Sinclair Sutherland Urquhart Ogilvie Kerr Ramsay Abernethy Cunningham Lindsay Macaulay
O'Sullivan O'Donnell O'Reilly O'Malley O'Keefe O'Leary O'Rourke O'Donoghue O'Hara O'Dwyer O'Shea O'Callaghan O'Mahony
Ó'Briain Brosnan Cassidy Costello Cullen Delaney Donnelly Dunne Egan Finnegan Flanagan Flynn Geraghty Hanrahan Healy
Hegarty Hennessy Kearney Keane Kinsella Lenihan Mulcahy Mulligan Nolan Phelan Rafferty Regan Shaughnessy Sheridan Tierney
Whelan Brannigan Fogarty Moriarty Dunleavy Devlin Duffy Gilmore Hogan Hurley Keogh Maguire Mooney Nugent Quinlan Scanlon
Baptiste Beauregard Boudreaux Broussard Fontenot Guidry Landry Thibodeaux
Whitlam Oakeshott Dunstan Kovac Pappas Nakamura Faleolo Tuilagi Fonoti Ngata Tamihana Parata Horomona
Aldana Caldwell Cavanaugh Donahue Donovan Driscoll Ellison Fairchild Fitzwilliam Gallo Garrison Gibbons
Goldberg Goldstein Greenberg Hathaway Holbrook Kaufman Kessler Kirkland Lindgren Marsden
McKinley Merrick Montague Norwood Osborne Pendleton Prescott Radford Rosenberg Rosenthal Schaefer Shapiro
Stanton Thornbury Trowbridge Waverly Weinberg Whitmore Winslow Wolcott Zimmerman
`),
  de: words(`
Achenbach Altmann Ackermann Aigner Albers Apel Auer Bachmann Baier Barth Bartels Bauernfeind
Baumgartner Behrens Beier Bender Bergmann Berndt Beyer Biermann Binder Birkner Bode Böttcher Brandstätter Brenner
Brinkmann Bruns Buchholz Decker Diehl Dietz Döring Drechsler Ebert Eckert Eder Ehlers Eichhorn Eichler Engelhardt
Erdmann Feldmann Fiedler Fleischer Forster Frenzel Freitag Friedrichs Fritsch Fröhlich Gärtner Gebauer
Geißler Gerlach Giese Göbel Götz Graf Greiner Grimm Große Grünewald Gutmann Haag Hagedorn Hagen Hansen Harms Hartung
Hauser Heinemann Heinze Henke Hennig Hentschel Herzog Heß Hesse Hildebrandt Hinz Hoffmeister
Hofer Hörmann Hübner Jahn Janssen Kaufmann Kerner Kessler Kirchner Kirsch Klose
Knoll Köster Kolb Kopp Kretschmer Kroll Kunz Lamprecht Landgraf Lehner Leitner Lenz Lindemann Lindner
Lohmann Lutz Marx Maurer Mertens Metzger Michels Moser Münch Naumann Neubauer Nickel Nowak
Oberhauser Oppermann Ostermann Ott Pabst Pape Pfeiffer Pfeifer Pieper Plath Preuß Probst Rademacher Reichel
Reinholz Renner Reuter Riedel Riedl Rieger Rösch Rothe Rudolph Seifert Siebert
Steiner Stoll Strauß Thiel Trautmann Ullrich Unger Vetter Vogelsang Voigt Voss Wagenknecht Walther Weigel
Weise Wenzel Wegner Wiegand Wilke Wirth Wolff Wörner Zeller Ziegler Zöllner Oberländer Hagenbeck
Rautenberg Lichtenfeld Pfannenstiel Gerstäcker Kastner Kaltenbrunner Leutgeb Pichler Gruber Wimmer Steindl Hofbauer
Brunner Egger Haider Moser Mayrhofer Lechner Fuchsberger Rainer Ebner Strasser Aichinger Zwicker Bachofen Zürcher
Baumgartner Tschudi Eberle Gschwind Blocher Frey Hürlimann Kälin Meili Rüegg Suter Vögeli Wyss Zbinden Dreher Hohenstein
Schwarzkopf Rosenbaum Schlegel Schlüter Schönfeld Schreiner Schubert Schumacher Schwab Seidl Sommerfeld Spengler Stadler
Steinbach Steinmetz Stumpf Thalmann Tietz Uhlig Vollmer Wachter Weidner Weinert Wendt Westphal Wiedemann Winterstein
`),
  fr: words(`
Aubert Aubry Audibert Babin Bailly Barbier Barre Barthélemy Baudin Beaulieu Beauchamp Bellamy Benard
Berger Berthelot Besnard Besson Bigot Billard Blondel Boisseau Bonhomme Bouchet Boulanger Bourdon Bourgeois Bousquet Bouvier
Brault Breton Brunet Buisson Camus Carré Chabert Charpentier Charrier Chauvin Chevrier Clerc Cordier Courtois
Couturier Delacour Delattre Delaunay Delmas Deschamps Devaux Dufresne Dumas Dupuis Duprat Dupré Durieux Étienne
Fabre Fleury Forestier Fouché Fournel Froissart Gaillard Gauthier Gilbert Giraud Godard Gosselin
Granger Grégoire Guillot Guillaume Hamon Hébert Hoarau Humbert Jacquet Jourdan Labbé Lacombe Lacroix Laine Lamy Langlois
Laporte Laroche Lebrun Lebon Leclercq Lecomte Lefort Léger Lemaître Lemoine Lenoir Leroux Lesage Levêque Lévy Lhermitte
Maillard Marchal Martel Maréchal Mallet Marty Masse Menard Millet Navarro Pasquier Perret Perrot
Picard Pichon Poirier Poulain Prévost Quérard Raynaud Rémy Renard Renaud Rivière Rochambeau Rolland Rousset Roy
Royer Schmitt Tessier Texier Thibault Tissot Toussaint Vaillant Vasseur Vautrin Verdier Vidal Vigneron Villard
Lapointe Ouellet Desjardins Girouard Thibodeau Lévesque Bouchard Gagné Côté Leblanc Roy Pelletier Bélanger Cloutier Fortin
Robichaud Tremblay Lachance Lafleur Lalonde Lemieux Nadeau Perreault Poulin Rioux Sirois Turcotte
Vaillancourt Villeneuve Arsenault Beaudoin Boisvert Charbonneau Desrosiers Dionne Gendron Gingras Labelle Lacasse
Laflamme Lamontagne Lapierre Larivière Leclair Marcoux Morissette Ouimet Paquin Proulx Rousseau Thériault Thibault
Hautecoeur Lefèvre Delorme Peyrot Fauré Sarrazin Bertin Bazin Collet Cornu Dubreuil Duchêne Duhamel Duclos Dumoulin
`),
  es: words(`
Abad Acosta Aguado Aguirre Alarcón Albarracín Alcalde Aldana Alfaro Almagro Amador Andrade Aranda Aranguren
Arévalo Arias Arrieta Arroyo Ávila Báez Ballesteros Barrera Barrientos Barroso Bautista Bermúdez Bravo Bustamante
Caballero Cabello Calderón Camacho Cantero Carmona Carrillo Casado Castaño Cavero Cerezo Cervantes Chacón Cifuentes Cordero
Correa Cuesta Dávila Echeverría Escobar Escudero Espinosa Esteban Estévez Figueroa Galindo Gallardo Gálvez Gamboa
Godoy Goicoechea Guevara Heredia Hurtado Ibarra Iglesias Izquierdo Jurado Landaluce Ledesma Lozano
Maldonado Manzano Marrero Mejía Miranda Mondragón Montoya Moya Muñiz Naranjo Nieves Ocampo Olazábal Olmedo Orozco
Pacheco Padilla Palacios Pardo Paredes Pineda Ponce Portillo Quintana Quintero Quiroga Rincón Rivas Robles
Roldán Rosales Saavedra Salas Salcedo Salinas Sepúlveda Solís Sosa Tapia Trujillo Urquijo Valdivieso
Valenzuela Valverde Varela Velasco Velázquez Villalobos Villanueva Villegas Zamora Zapata Zubizarreta
Urrutia Etxeberria Aguirrezabal Arzak Garmendia Larrañaga Mendizábal Olaizola Zabaleta Ybarra Puig Soler Vilaró Ferrán
Casals Roca Pujol Vives Riera Sabaté Torrents Aguilera Alcántara Benavides Cárdenas Cisneros Contreras Delarosa
Espinoza Fajardo Galván Guzmán Lucero Macías Montalvo Montenegro Navarrete Orellana Quiñones Santillán Villarreal Zúñiga
`),
  it: words(`
Accardi Agnelli Albanese Alberti Amato Angeli Antonelli Ardito Bacci Baldini Barbera Bassi Battaglia
Belli Bellandi Bellini Benedetti Bernardi Bertolini Bettini Bonaccorsi Bonelli Bonetti Borghi Brambilla Bruni
Calabrese Caputo Carbone Carli Carrara Castelli Catalano Cavalli Ceccarelli Cirillo Coppola
Corsi Cortese Costantini Cristiani D'Amico D'Anna De Rosa Del Piero Di Stefano Donati Esposito Fabbri Falcone Farinelli
Ferrante Ferretti Fiorentino Fontana Franchi Gagliardi Galli Gallo Giuliani Guerrieri
Guidi Leonardi Lombardo Longhi Lorusso Luciani Maggi Mancuso Manzoni Marchi Marchesi Mariotti Martelli Mastroianni
Montanari Morandi Nicoletti Orlandi Orsini Pagliarulo Palmieri
Paoletti Parodi Pellegrino Pisani Puglisi Raimondi Ravelli Ruggiero
Santini Sartori Scarpellini Sorrentino Spinelli Tagliaferri Terranova Tosi
Venturi Villani Vinci Zanetti Zanella Zucchi Bonomi Cattaneo Ferraris Fumagalli Gatti Mazzoni Pozzi Rinaldi
Piras Serra Porcu Murgia Deiana Cocco Marras Loi Pinna Spanu Randazzo La Rosa Di Salvo Lo Bianco Scuderi Licata
`),
  nl: words(`
Aalbers Abma Akkerman Alberts Bakema Bakker Beekman Berends Boersma Bouma Bouwman
Brinkman Broekhuizen Bruggeman Dekkers Dijkman Dirksen Drost Eijkelenboom Elzinga Evers Faber Franken Geerts Gerritsen
Groenewegen Heijnen Hendriksen Hermans Hofman Holtrop Hoogeveen Hoogland Houtman Hulshof Jacobsen Jonker
Kamphuis Kloosterman Koopman Kruger Kuiper Lammers Leenders Martens Meijerink Molenaar
Nijhuis Nijland Oosterhuis Oosting Poortvliet Reinders Rijken Roelofs Scholten Schipper Siebers Sikkema
Sluiter Spijker Steenbergen Terpstra Teunissen Thijssen Tuinstra Veenstra Veldhuis Verbeek Verhagen
Verheijen Verhoef Vermeer Visscher Wagenaar Westra Wiersma Wijnberg Wijnands Wolters Zuidema Zijlstra Zwart
Bosma Haagsma Hiemstra Jellema Kingma Nauta Rinsma Sijtsma Tolsma Wijbenga Ykema Zandstra Dijkhuis Hoekman Kooistra
Peeters Claes Goossens Wouters Maes Mertens Willems Janssens Lambrechts Dubois Coppens Verstraeten Vandenberghe Declercq
Desmet Vermeersch Vanhove Verbruggen Cools Michiels Smets Verhaegen Hermans Aerts Claeys Pauwels Wuyts Bogaerts
`),
  pt: words(`
Abreu Aguiar Albuquerque Amaral Antunes Arruda Assis Azevedo Bandeira Barreto Barros Bastos Borges Braga Brandão Brito
Bueno Cabral Caldeira Camargo Cardoso Carneiro Carvalho Castilho Cerqueira Coelho Conceição Cordeiro Coutinho Cunha
Damasceno Duarte Esteves Falcão Farias Feitosa Figueiredo Freire Furtado Galvão Garcia Godinho Guedes Guimarães
Henriques Jesus Lemos Louro Macedo Magalhães Matos Medeiros Meireles Melo Mendonça Miranda Moraes
Morais Nascimento Neves Nogueira Novaes Pacheco Paiva Peixoto Pimentel Pinheiro Quaresma Rebelo Rezende
Salgado Sampaio Seixas Serrano Simões Tavares Torres Valadares Vasconcelos Veloso Viana Xavier
Bittencourt Cavalcante Dantas Drummond Gusmão Lacerda Loureiro Malta Mascarenhas Meirelles Noronha Pessoa Portela
`),
  in: words(`
Acharya Adiga Agrawal Ahluwalia Ahuja Apte Awasthi Bakshi Balasubramanian Banerji Bhagat Bhandari Bhardwaj Bhat
Bhatnagar Bhatt Bhosale Biswas Bose Chakrabarti Chandra Chaturvedi Chawla Chettiar Chowdhury Dalal Dasgupta Deshmukh
Dhillon Dixit Dwivedi Gadgil Gandhi Ganguly Garg Godbole Goel Gokhale Goswami Grewal Guha Gulati Hussain Iyer Jaiswal
Johar Joshi Kakkar Kamath Kapadia Karnik Kaur Khurana Kohli Krishnamurthy Krishnan Kulkarni Kumaran Madan Mahajan
Majumdar Mathur Mehra Menon Mistry Mittal Mohan Murthy Nadar Nagarajan Naik Nambiar Namboodiri Narayanan Oberoi
Palekar Pandit Parekh Parikh Pathak Prabhu Purohit Raghunathan Rajan Ramakrishnan Ramanathan Ramaswamy Ranganathan
Rastogi Rathod Raval Sabharwal Sahni Sandhu Sarin Sastry Sengupta Sethi Shenoy Shukla Sinha Sodhi Srinivasan
Srivastava Subramaniam Sundaram Swaminathan Tandon Thakur Thakkar Trivedi Tripathi Upadhyay Vaidya Varma Venkataraman
Venkatesan Vohra Wadhwa Walia Chandrasekhar Mukhopadhyay Chattopadhyay Bandyopadhyay Gangopadhyay Radhakrishnan
`),
  eastAsian: words(`
Wang Zhang Liu Chen Yang Huang Zhao Zhou Xu Sun Zhu Guo Luo Liang Zheng Xie Feng Deng Cao Peng Zeng Xiao
Tian Pan Yuan Cai Jiang Yu Cheng Wei Shen Yao Cui Liao Wang Qiu Xiong Meng Qin
Yamamoto Nakamura Kobayashi Saito Yoshida Yamada Sasaki Yamaguchi Matsumoto Inoue Kimura Hayashi Shimizu Yamazaki
Ikeda Hashimoto Ishikawa Ogawa Maeda Fujita Okada Goto Hasegawa Murakami Kondo Ishii Sakamoto Endo Aoki Fujii
Nishimura Fukuda Miura Fujiwara Okamoto Matsuda Nakagawa Nakano Harada Tamura Takeuchi Kaneko Wada Nakayama
Ishida Ueda Morita Shibata Sakai Kudo Yokoyama Miyazaki Miyamoto Uchida Takagi Taniguchi Ohno Maruyama
Takada Fujimoto Takeda Murata Ueno Sugiyama Masuda Sugawara Hirano Otsuka Matsui Iwasaki Sakurai Kinoshita
Noguchi Matsuo Nomura Kikuchi Sano Onishi Sugimoto Hamada Ichikawa Furukawa Mizuno Komatsu Shimada Igarashi Tanabe
Choi Jeong Yoon Jang Lim Kwon Hwang Jeon Yang Baek
Pham Hoang Phan Dang Bui Ngo Duong Truong Dinh Trinh Luong Quach Huynh Kieu Chau Trieu
`),
  other: words(`
Andersen Christensen Kristensen Thomsen Poulsen Madsen Knudsen Mortensen Møller Bakken
Lindström Sjöberg Engström Forsberg Holmberg Lundqvist Nyström Bergström Hedlund Sandberg Wikström Åberg Ekström Lundgren
Mäkelä Heikkinen Koskinen Järvinen Lehtonen Salminen Laine Hämäläinen Leinonen Kallio Karjalainen Rantanen Lahtinen
Kowalczyk Jankowski Wojciechowski Kwiatkowski Kaczmarek Piotrowski Grabowski Pawłowski Michalski Nowicki Adamczyk Dudek
Zając Wieczorek Jabłoński Król Majewski Olszewski Jaworski Malinowski Górski Witkowski Walczak Rutkowski Sikora Baran
Novák Svoboda Novotný Dvořák Černý Procházka Kučera Veselý Horák Němec Pokorný Pospíšil Hájek Jelínek Král
Horvat Kovačević Babić Marić Jurić Novak Knežević Petrović Jovanović Nikolić Popović Đorđević Stojanović Marković Ilić
Papadopoulos Papadakis Georgiou Dimitriou Nikolaou Konstantinou Christodoulou Ioannou Vlachos Antoniou Makris Oikonomou
Popescu Ionescu Dumitrescu Constantinescu Stanescu Georgescu Munteanu Dragomir Marinescu Stoica Nagy Horváth Kovács
Szabó Tóth Varga Molnár Németh Farkas Balogh Papp Takács Juhász Lakatos Mészáros Oláh Rácz Fekete Szilágyi
Shevchenko Kovalenko Bondarenko Tkachenko Kravchenko Oliynyk Melnyk Lysenko Marchenko Savchenko Rudenko Petrenko Boyko
Lebedev Kozlov Pavlov Semenov Golubev Vinogradov Bogdanov Vorobiev Frolov Zaitsev Solovyov Orlov Andreev Makarov Nikitin
Yilmaz Ozturk Aydin Ozdemir Arslan Dogan Kilic Cetin Kocak Polat Erdogan Gunes Tekin Karaca Bulut Korkmaz Kaplan Ozcan
Abdullah Abboud Aboud Ayoub Bakr Darwish Farouk Ghanem Haddadin Harb Jaber Khouri Mahfouz Najjar Nassar
Qasim Rizk Sabbagh Shammas Suleiman Tannous Yousef Zaki Karimi Hosseini Rahimi Mousavi Ahmadi Jafari Rezaei Moradi
Adeleke Afolabi Akande Akinola Ogunleye Okeke Okoro Onyango Oyelowo Adeyemi Babatunde Chukwu Nwankwo Okoye Uche Odhiambo
Wanjala Kiprono Mutua Njoroge Phiri Mwale Nkosi Khumalo Mokoena Sithole Mahlangu Diallo Traoré Keita Coulibaly
Cohen Mizrahi Peretz Biton Friedman Katz Azoulay Ben-David Avraham Horowitz Levine
`),
};

/**
 * Software, AI models, brands and places that are also given names or family names. They are a
 * name only with a cue ("Dear Julia") or next to another name part ("Julia Roberts").
 */
export const PRODUCT_AND_PLACE_NAMES: readonly string[] = words(`
Claude Gemini Julia Ruby Pascal Ada Alexa Siri Cortana Hugo Django Jasmine Cassandra Karma Luigi Jenkins Kafka Gatsby
Jekyll Sinatra Haskell Grafana Kibana Sentry Jasper Cypress Maven Oracle Phoenix Flask Swift Rust Dart Scala Elixir Ember
Bard Copilot Mistral Llama Falcon Orca Athena Aurora Sage Mercedes Porsche Ferrari Lamborghini Bugatti Maserati Gucci Prada
Versace Benetton Barilla Ferrero Olivetti Peugeot Renault Citroen Michelin Dior Chanel Cartier Boeing Dell Disney Kellogg
Heineken Philips Siemens Daimler Benz Miele Adidas Puma Tata Birla Mahindra Godrej Honda Yamaha Kawasaki Toyota Hilton
Marriott Hyatt Sachs Stanley Lehman Deloitte Gamble Packard Royce Davidson Vuitton Hilfiger Lauren Boss Tesla Edison
Nobel Darwin Newton Einstein Galileo Kepler Hubble Turing Dyson Alberta Regina Augusta Florence Savannah Adelaide Madison Raleigh Houston Austin Denver Cleveland Columbus Orlando Sydney Dallas Phoenix Chelsea
`);
